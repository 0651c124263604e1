// lodash as openapi-backend uses it: the functions it calls, taken from lodash's own
// per-method modules, instead of the 70 KB monolith whose start-up builds 300 functions
// (~6 ms of every cold start). Paths are relative because `lodash/...` would be aliased here.
const lodash = require('../../node_modules/lodash/wrapperLodash.js');
const mixin = require('../../node_modules/lodash/mixin.js');

// Chainable like the full build: _.chain(x).orderBy(...).find(...).value().
mixin(lodash, {
  chain: require('../../node_modules/lodash/chain.js'),
  cloneDeep: require('../../node_modules/lodash/cloneDeep.js'),
  entries: require('../../node_modules/lodash/entries.js'),
  find: require('../../node_modules/lodash/find.js'),
  flatMap: require('../../node_modules/lodash/flatMap.js'),
  flatten: require('../../node_modules/lodash/flatten.js'),
  get: require('../../node_modules/lodash/get.js'),
  includes: require('../../node_modules/lodash/includes.js'),
  isEmpty: require('../../node_modules/lodash/isEmpty.js'),
  isNil: require('../../node_modules/lodash/isNil.js'),
  keys: require('../../node_modules/lodash/keys.js'),
  mapKeys: require('../../node_modules/lodash/mapKeys.js'),
  omitBy: require('../../node_modules/lodash/omitBy.js'),
  orderBy: require('../../node_modules/lodash/orderBy.js'),
  pick: require('../../node_modules/lodash/pick.js'),
  range: require('../../node_modules/lodash/range.js'),
  uniq: require('../../node_modules/lodash/uniq.js'),
});
lodash.prototype.value = require('../../node_modules/lodash/wrapperValue.js');

module.exports = lodash;
