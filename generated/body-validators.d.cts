// GENERATED FILE: DO NOT EDIT. Precompiled body validators (Ajv standalone).
// Generated from openapi.yaml by `npm run generate`; CI fails when it is stale.

import type { Validator } from './validator-types.js';
declare const validators: {
  readonly createUser: Validator;
  readonly updateUser: Validator;
  readonly createItem: Validator;
  readonly createItems: Validator;
  readonly updateItem: Validator;
};
export = validators;
