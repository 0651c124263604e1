// Spectral function (.spectral.yaml): the spec says who may call each operation. A secured
// operation documents its 401; a public one (no security requirement) says why in `x-public`,
// and has no 401 to document. It replaces owasp:api2:2023-read-restricted and
// owasp:api8:2023-define-error-responses-401, which could only be waived per operation by an
// override in .spectral.yaml. A public write is still refused by owasp:api2:2023-write-restricted.

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const READS = ['get', 'head'];

/** @param {unknown} value */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `security` (an operation's, else the document's) asks for at least one scheme. */
const requiresCredentials = (security) =>
  Array.isArray(security) &&
  security.some((requirement) => isObject(requirement) && Object.keys(requirement).length > 0);

/**
 * @param {unknown} document the whole document, its references resolved
 * @param {unknown} _options
 * @param {{ path: (string | number)[] }} context
 */
export default function publicByDeclaration(document, _options, context) {
  if (!isObject(document) || !isObject(document.paths)) return [];
  const problems = [];
  for (const [path, pathItem] of Object.entries(document.paths)) {
    if (!isObject(pathItem)) continue;
    for (const method of METHODS.filter((m) => isObject(pathItem[m]))) {
      const operation = pathItem[method];
      const at = [...context.path, 'paths', path, method];
      const secured = requiresCredentials('security' in operation ? operation.security : document.security);
      const reason = operation['x-public'];
      const declared = typeof reason === 'string' && reason.trim() !== '';
      if (secured) {
        if (reason !== undefined) {
          problems.push({
            message: 'x-public on a secured operation: remove it, or its security.',
            path: [...at, 'x-public'],
          });
        }
        const unauthorized = isObject(operation.responses) ? operation.responses['401'] : undefined;
        if (!isObject(unauthorized) || !isObject(unauthorized.content)) {
          problems.push({
            message: 'A secured operation documents its 401 response, with content.',
            path: [...at, 'responses'],
          });
        }
      } else if (READS.includes(method) && !declared) {
        problems.push({
          message:
            'This read operation is not protected by any security scheme: secure it, or say why it is public in x-public.',
          path: at,
        });
      }
    }
  }
  return problems;
}
