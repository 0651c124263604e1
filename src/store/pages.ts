// Pages of a list. Queries ask for one row more than the page holds, so a
// nextCursor appears only when another page really exists.

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/** The first `limit` rows, and a cursor after the last of them if more rows came back. */
export function pageOf<T>(rows: T[], limit: number, cursorAfter: (last: T) => string): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return rows.length > limit && last !== undefined ? { items, nextCursor: cursorAfter(last) } : { items };
}
