// Spectral function (.spectral.yaml): an operation that takes input (a parameter or a body)
// documents how it refuses bad input (400, 422 or 4XX); one without input has none to refuse.
// It replaces owasp:api8:2023-define-error-validation, which demands that of every operation.

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const VALIDATION_ERRORS = ['400', '422', '4XX'];

/** @param {unknown} value */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** @param {unknown} value */
const hasItems = (value) => Array.isArray(value) && value.length > 0;

/**
 * @param {unknown} pathItem a path item, its references resolved
 * @param {unknown} _options
 * @param {{ path: (string | number)[] }} context
 */
export default function validationErrorForInput(pathItem, _options, context) {
  if (!isObject(pathItem)) return [];
  return METHODS.filter((method) => isObject(pathItem[method])).flatMap((method) => {
    const operation = pathItem[method];
    const takesInput = hasItems(pathItem.parameters) || hasItems(operation.parameters) || 'requestBody' in operation;
    const responses = isObject(operation.responses) ? operation.responses : {};
    if (!takesInput || VALIDATION_ERRORS.some((status) => status in responses)) return [];
    return [
      {
        message: 'Missing error response of either 400, 422 or 4XX: the operation takes input.',
        path: [...context.path, method, 'responses'],
      },
    ];
  });
}
