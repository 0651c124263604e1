// GENERATED FILE: DO NOT EDIT. Precompiled params validators (Ajv standalone).
// Generated from openapi.yaml by `npm run generate`; CI fails when it is stale.

import type { Validator } from './validator-types.js';
declare const validators: {
  readonly getHealth: Validator;
  readonly listUsers: Validator;
  readonly createUser: Validator;
  readonly getUser: Validator;
  readonly updateUser: Validator;
  readonly deleteUser: Validator;
  readonly listItems: Validator;
  readonly createItem: Validator;
  readonly createItems: Validator;
  readonly getItem: Validator;
  readonly updateItem: Validator;
  readonly deleteItem: Validator;
  readonly restoreItem: Validator;
};
export = validators;
