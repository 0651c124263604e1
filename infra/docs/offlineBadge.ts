// Redoc 3 draws its "API docs by" badge with an <img> from Redocly's CDN, whatever its options:
// the page's CSP refuses it (a console error) and it would tell Redocly of every reader. The
// built page gets a local badge instead, a data: SVG naming Redocly, so the credit stays.
const cdnLogos = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];

const badge =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16">' +
  '<text x="0" y="12" font-family="sans-serif" font-size="12" font-weight="600" fill="#0044d4">Redocly</text></svg>';
export const localBadge = `data:image/svg+xml,${encodeURIComponent(badge)}`;

/** The page with each CDN logo URL replaced by the local badge. */
export function withLocalBadge(html: string): string {
  return cdnLogos.reduce((page, url) => page.replaceAll(url, localBadge), html);
}
