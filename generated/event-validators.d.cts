// GENERATED FILE: DO NOT EDIT. Precompiled event validators (Ajv standalone).
// Generated from openapi.yaml by `npm run generate`; CI fails when it is stale.

import type { Validator } from './validator-types.js';
declare const validators: {
  readonly UserCreated: Validator;
  readonly UserUpdated: Validator;
  readonly UserDeleted: Validator;
  readonly ItemCreated: Validator;
  readonly ItemUpdated: Validator;
  readonly ItemTrashed: Validator;
  readonly ItemRestored: Validator;
  readonly ItemPurged: Validator;
};
export = validators;
