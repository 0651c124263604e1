// The one DynamoDB table in AWS (users, their email guards, items, idempotency records), built from
// the table definition (src/store/table.ts) the local bootstrap also uses, so keys and indexes cannot drift.
import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  Billing,
  BillingMode,
  type ITable,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
  TableEncryptionV2,
  TableV2,
} from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { type KeyAttribute, type TableDefinition, tableDefinition } from '../../src/store/table.js';

const attributeTypes: Record<KeyAttribute['type'], AttributeType> = {
  S: AttributeType.STRING,
  N: AttributeType.NUMBER,
  B: AttributeType.BINARY,
};
const toAttribute = (key: KeyAttribute) => ({ name: key.name, type: attributeTypes[key.type] });

export interface UsersTableProps {
  /** prod: deletion protection and RETAIN; otherwise DESTROY with the stack. */
  readonly retainData: boolean;
  readonly definition?: TableDefinition;
  /**
   * Multi-region stages: a global table (AWS::DynamoDB::GlobalTable) under this fixed name, with
   * a replica in each of `replicaRegions`. Without it, the single-region table of before, unchanged.
   */
  readonly global?: { readonly tableName: string; readonly replicaRegions: readonly string[] } | undefined;
}

export class DataTable extends Construct {
  readonly table: ITable;
  readonly definition: TableDefinition;

  constructor(scope: Construct, id: string, props: UsersTableProps) {
    super(scope, id);
    const def = props.definition ?? tableDefinition;
    this.definition = def;
    this.table = props.global
      ? globalTable(this, def, props.retainData, props.global)
      : regionalTable(this, def, props);
  }
}

function regionalTable(scope: Construct, def: TableDefinition, props: UsersTableProps): Table {
  const table = new Table(scope, 'Table', {
    partitionKey: toAttribute(def.partitionKey),
    sortKey: toAttribute(def.sortKey),
    billingMode: BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    encryption: TableEncryption.AWS_MANAGED,
    stream: StreamViewType.NEW_AND_OLD_IMAGES,
    timeToLiveAttribute: def.timeToLiveAttribute,
    deletionProtection: props.retainData,
    removalPolicy: props.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });
  for (const index of def.globalSecondaryIndexes) {
    // Projection ALL, as createTableInput() gives the local table.
    table.addGlobalSecondaryIndex({
      indexName: index.indexName,
      partitionKey: toAttribute(index.partitionKey),
      sortKey: toAttribute(index.sortKey),
      projectionType: ProjectionType.ALL,
    });
  }
  return table;
}

/**
 * The same table as a global table. A new construct id ('GlobalTable'), so a stage switched to
 * multi-region gets a new resource rather than a type change of the old one, which AWS warns may
 * delete the table: migrating keeps the data by the steps in docs/multi-region.md
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables-bestpractices.html).
 */
function globalTable(
  scope: Construct,
  def: TableDefinition,
  retainData: boolean,
  global: NonNullable<UsersTableProps['global']>,
): TableV2 {
  // Every replica keeps its own backups and protection: neither is inherited across regions.
  const perReplica = {
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: retainData,
  };
  return new TableV2(scope, 'GlobalTable', {
    tableName: global.tableName,
    partitionKey: toAttribute(def.partitionKey),
    sortKey: toAttribute(def.sortKey),
    billing: Billing.onDemand(),
    encryption: TableEncryptionV2.awsManagedKey(),
    dynamoStream: StreamViewType.NEW_AND_OLD_IMAGES,
    timeToLiveAttribute: def.timeToLiveAttribute,
    removalPolicy: retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    ...perReplica,
    globalSecondaryIndexes: def.globalSecondaryIndexes.map((index) => ({
      indexName: index.indexName,
      partitionKey: toAttribute(index.partitionKey),
      sortKey: toAttribute(index.sortKey),
      projectionType: ProjectionType.ALL,
    })),
    replicas: global.replicaRegions.map((region) => ({ region, ...perReplica })),
  });
}
