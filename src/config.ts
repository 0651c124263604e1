// Configuration, read once at cold start by the entry files and passed down.
import { isOriginList } from './cors.js';
export interface Config {
  tableName: string;
  region: string;
  /** Set to use a DynamoDB other than AWS's (DynamoDB Local, say). */
  dynamodbEndpoint?: string | undefined;
  /** Signs list cursors; the same in every instance of the function. */
  cursorSecret: string;
  /** Origins allowed to call from browsers (CORS); empty for none, `*` for any. */
  allowedOrigins: string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const missing = ['TABLE_NAME', 'CURSOR_SECRET'].filter((name) => !env[name]);
  if (missing.length > 0) throw new ConfigError(`Missing environment variables: ${missing.join(', ')}`);
  const cursorSecret = env.CURSOR_SECRET as string;
  if (cursorSecret.length < 32) throw new ConfigError('CURSOR_SECRET must be at least 32 characters');
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (!region) throw new ConfigError('Missing environment variable: AWS_REGION');
  const endpoint = env.DYNAMODB_ENDPOINT || undefined;
  if (endpoint !== undefined && !URL.canParse(endpoint))
    throw new ConfigError(`DYNAMODB_ENDPOINT is not a URL: ${endpoint}`);
  const allowedOrigins = (env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (!isOriginList(allowedOrigins)) {
    throw new ConfigError(
      `ALLOWED_ORIGINS must list origins like https://app.example.com, or *: ${env.ALLOWED_ORIGINS}`,
    );
  }
  return { tableName: env.TABLE_NAME as string, region, dynamodbEndpoint: endpoint, cursorSecret, allowedOrigins };
}
