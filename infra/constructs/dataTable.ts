// The one DynamoDB table in AWS (users, their email guards, items, idempotency records), built from
// the table definition (src/store/table.ts) the local bootstrap also uses, so keys and indexes cannot drift.
import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
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
}

export class DataTable extends Construct {
  readonly table: Table;
  readonly definition: TableDefinition;

  constructor(scope: Construct, id: string, props: UsersTableProps) {
    super(scope, id);
    const def = props.definition ?? tableDefinition;
    this.definition = def;
    this.table = new Table(this, 'Table', {
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
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: toAttribute(index.partitionKey),
        sortKey: toAttribute(index.sortKey),
        projectionType: ProjectionType.ALL,
      });
    }
  }
}
