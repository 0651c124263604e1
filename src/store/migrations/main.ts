// `npm run migrate -- --table <name>`: runs the data migrations against any table
// (a deployed stage with AWS credentials, or DynamoDB Local with DYNAMODB_ENDPOINT).
import { parseArgs } from 'node:util';
import { createDocumentClient } from '../client.js';
import { shardUserListing } from './shardUserListing.js';

const { values } = parseArgs({ options: { table: { type: 'string' } } });
const table = values.table ?? process.env.TABLE_NAME;
const region = process.env.AWS_REGION;
if (!table || !region) {
  console.error('usage: AWS_REGION=<region> npm run migrate -- --table <TableName output of the stack>');
  process.exit(2);
}
const db = createDocumentClient({ region, endpoint: process.env.DYNAMODB_ENDPOINT || undefined });
const result = await shardUserListing(db, table);
console.log(`users listing on ${table}: ${result.moved} moved to their shard, ${result.skipped} already moved`);
db.destroy();
