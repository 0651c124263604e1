// The cfn-lint warnings we keep, each with the reason; anything cfn-lint warns about that is
// not here is a new warning (printed; it fails under CI=true, so this list stays honest).

export interface IgnoredWarning {
  readonly rule: string;
  /** Matched against the finding's message, which names the resources. */
  readonly pattern: RegExp;
  readonly reason: string;
}

export const ignoredWarnings: readonly IgnoredWarning[] = [
  {
    rule: 'W3005',
    // ApiRole (our function), DocsPublishRole (BucketDeployment's handler) and, with regions=,
    // CustomCrossRegionExportWriter...Role (CDK's cross-region reference writer).
    pattern: /^'\w+' dependency already enforced by a 'GetAtt' at 'Resources\/\w+\/Properties\/Role'$/,
    reason:
      "aws-cdk-lib's Function always adds DependsOn on its execution role (and its default policy, which no " +
      'reference orders); the role half is redundant with GetAtt Role and changes nothing in CloudFormation',
  },
];
