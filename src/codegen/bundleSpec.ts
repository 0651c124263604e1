// Bundles the spec's root file, and every file its $refs name (paths/, components/),
// into one document whose references all point inside it: Redocly's bundler, offline.
import { BaseResolver, bundle, createConfig } from '@redocly/openapi-core';
import { asOpenApiDocument, type Json, type OpenApiDocument } from './openapiDocument.js';

/** Remote references would make the build depend on the network: the spec must be local files. */
function refuseRemote(url: string): never {
  throw new Error(`Remote $ref ${url}: the spec must be made of local files`);
}

/** `rootFile` (e.g. openapi.yaml) as one document; throws on a missing file or a broken reference. */
export async function bundleSpec(rootFile: string): Promise<OpenApiDocument> {
  // An inline configuration: no redocly.yaml, no credentials file, no registry.
  const config = await createConfig({});
  const externalRefResolver = new BaseResolver({ http: { headers: [], customFetch: refuseRemote } });
  const { bundle: bundled, problems } = await bundle({ ref: rootFile, config, externalRefResolver });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const where = (p: (typeof errors)[number]) => p.location.map((l) => `${l.source.absoluteRef}${l.pointer ?? ''}`);
    throw new Error(`${rootFile} does not bundle:\n${errors.map((p) => `  ${p.message} (${where(p)})`).join('\n')}`);
  }
  return asOpenApiDocument(bundled.parsed as Json, rootFile);
}
