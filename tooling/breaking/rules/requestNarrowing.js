// Breaks Optic's breaking-changes ruleset lets through, for an API whose function refuses
// what its schemas do not allow: tighter request constraints, and request properties removed
// where additionalProperties is false. A local Optic ruleset (CommonJS: Optic require()s it).
const { OperationRule, RequestRule, RuleError, Ruleset } = require('@useoptic/rulesets-base');

/** Keywords whose new value accepts less when it goes this way (-1: lower, 1: higher). */
const tighterWhen = {
  maxLength: -1,
  maximum: -1,
  maxItems: -1,
  maxProperties: -1,
  minLength: 1,
  minimum: 1,
  minItems: 1,
  minProperties: 1,
};
/** Keywords where any change may refuse what was accepted. */
const anyChange = ['pattern', 'format', 'multipleOf', 'exclusiveMaximum', 'exclusiveMinimum'];

/** What `after` refuses that `before` accepted, as readable reasons. */
function tightenings(before = {}, after = {}) {
  const reasons = [];
  for (const [keyword, direction] of Object.entries(tighterWhen)) {
    const was = before[keyword];
    const is = after[keyword];
    if (typeof is !== 'number') continue;
    if (typeof was !== 'number' || (is - was) * direction > 0) reasons.push(`${keyword} ${was ?? '(none)'} -> ${is}`);
  }
  for (const keyword of anyChange) {
    if (after[keyword] !== undefined && JSON.stringify(after[keyword]) !== JSON.stringify(before[keyword])) {
      reasons.push(`${keyword} ${JSON.stringify(before[keyword] ?? '(none)')} -> ${JSON.stringify(after[keyword])}`);
    }
  }
  return reasons;
}

const preventTighterRequestProperties = new RequestRule({
  name: 'prevent tighter request property constraints',
  rule: (request) => {
    request.property.changed((before, after) => {
      const reasons = tightenings(before.value.flatSchema, after.value.flatSchema);
      if (reasons.length > 0) {
        throw new RuleError({
          message: `request body property '${after.value.key}' accepts less: ${reasons.join(', ')}. This is a breaking change.`,
        });
      }
    });
  },
});

const preventClosedRequestPropertyRemoval = new RequestRule({
  name: 'prevent removing request property that clients may still send',
  rule: (request) => {
    request.property.removed((property) => {
      if (property.parent?.additionalProperties === false) {
        throw new RuleError({
          message: `cannot remove request body property '${property.value.key}': additionalProperties is false, so requests that still send it are refused. This is a breaking change.`,
        });
      }
    });
  },
});

const preventTighterParameters = new OperationRule({
  name: 'prevent tighter parameter constraints',
  rule: (operation) => {
    for (const location of ['queryParameter', 'pathParameter', 'headerParameter', 'cookieParameter']) {
      operation[location].changed((before, after) => {
        const reasons = tightenings(before.value.schema, after.value.schema);
        if (reasons.length > 0) {
          throw new RuleError({
            message: `parameter '${after.value.name}' accepts less: ${reasons.join(', ')}. This is a breaking change.`,
          });
        }
      });
    }
  },
});

module.exports = {
  configSchema: {},
  rulesetConstructor: () =>
    new Ruleset({
      name: 'request narrowing',
      rules: [preventTighterRequestProperties, preventClosedRequestPropertyRemoval, preventTighterParameters],
      // As breaking-changes with skip_when_major_version_changes: a major version may break.
      matches: (context) => context.specification.versionChange !== 'major',
    }),
};
