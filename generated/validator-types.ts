// GENERATED FILE: DO NOT EDIT. Shape of the precompiled validators.
// Generated from openapi.yaml by `npm run generate`; CI fails when it is stale.
export interface ValidationError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface Validator {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}
