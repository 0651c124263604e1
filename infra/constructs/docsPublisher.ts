// Copies the docs into their bucket at deploy time with CDK's BucketDeployment, whose
// Lambda function gets its own role and log group here instead of CDK's broader defaults.
import { RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { CfnBucket, IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, type ISource } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import type { LogRetentionDays } from '../config.js';

/** How long browsers and CloudFront may serve a published file before asking again. */
export const docsCacheControl = 'public, max-age=300';

export interface DocsPublisherProps {
  readonly bucket: IBucket;
  readonly sources: ISource[];
  readonly logRetentionDays: LogRetentionDays;
}

export class DocsPublisher extends Construct {
  readonly deployment: BucketDeployment;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: DocsPublisherProps) {
    super(scope, id);

    // Without a role of its own the function gets AWSLambdaBasicExecutionRole: logs anywhere.
    this.role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    const logs = new LogGroup(this, 'Logs', {
      retention: props.logRetentionDays as RetentionDays,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    logs.grantWrite(this.role);

    this.deployment = new BucketDeployment(this, 'Deployment', {
      sources: props.sources,
      destinationBucket: props.bucket,
      prune: true,
      retainOnDelete: false, // the bucket is emptied first, so a dev stack deletes cleanly
      // No CloudFront invalidation (its permission has no resource scope in CDK's grant):
      // CloudFront and browsers ask again after five minutes.
      cacheControl: [CacheControl.fromString(docsCacheControl)],
      role: this.role,
      logGroup: logs,
    });

    const bucketId = Stack.of(this).getLogicalId(props.bucket.node.defaultChild as CfnBucket);
    // cdk-nag names the region and account in the finding when the stack has them (multi-region
    // stages; the CLI sets the account from the credentials).
    const region = Token.isUnresolved(Stack.of(this).region) ? '<AWS::Region>' : Stack.of(this).region;
    const account = Token.isUnresolved(Stack.of(this).account) ? '<AWS::AccountId>' : Stack.of(this).account;
    Validations.of(this.role).acknowledge(
      ...[
        'Action::s3:GetObject*',
        'Action::s3:GetBucket*',
        'Action::s3:List*',
        `Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-${account}-${region}/*`,
      ].map((finding) => ({
        id: `AwsSolutions-IAM5[${finding}]`,
        reason:
          "CDK's BucketDeployment reads the docs asset with Bucket.grantRead on the CDK bootstrap asset bucket " +
          '(the wildcards are its read actions and object keys); the role has no other S3 read access.',
      })),
      ...['Action::s3:DeleteObject*', 'Action::s3:Abort*', `Resource::<${bucketId}.Arn>/*`].map((finding) => ({
        id: `AwsSolutions-IAM5[${finding}]`,
        reason:
          "CDK's BucketDeployment writes and prunes the docs with Bucket.grantReadWrite on the docs bucket only " +
          '(the wildcards are its object actions and keys); it must delete objects the spec no longer has.',
      })),
    );

    // A singleton at stack level, made by BucketDeployment, whose runtime it fixes.
    const handler = Stack.of(this)
      .node.children.filter((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'))
      .map((child) => child.node.defaultChild ?? child);
    for (const fn of handler) {
      Validations.of(fn).acknowledge({
        id: 'AwsSolutions-L1',
        reason:
          "BucketDeployment's handler is a Python function whose runtime aws-cdk-lib fixes (no option sets it); " +
          'it runs only while CloudFormation deploys, and its runtime moves with aws-cdk-lib upgrades.',
      });
    }
  }
}
