// Configuration, read once at cold start by the entry files and passed down.
import { isOriginList } from '../http/cors.js';
export interface Config {
  tableName: string;
  region: string;
  /** Set to use a DynamoDB other than AWS's (DynamoDB Local, say). */
  dynamodbEndpoint?: string | undefined;
  /**
   * Multi-region stages: the region whose table takes every write (HOME_REGION), when it is not
   * this one; undefined in the home region and in single-region stages (docs/multi-region.md).
   */
  homeRegion?: string | undefined;
  /** The home region's DynamoDB, when it is not AWS's (DYNAMODB_HOME_ENDPOINT: the local two-region test). */
  dynamodbHomeEndpoint?: string | undefined;
  /** Signs list cursors; the same in every instance of the function. */
  cursorSecret: string;
  /** Origins allowed to call from browsers (CORS); empty for none, `*` for any. */
  allowedOrigins: string[];
  /** The `service` of every log line, metric and trace (POWERTOOLS_SERVICE_NAME). */
  serviceName: string;
  /** CloudWatch namespace of the EMF metrics (POWERTOOLS_METRICS_NAMESPACE). */
  metricsNamespace: string;
  /** The least severe level logged (POWERTOOLS_LOG_LEVEL, or LOG_LEVEL). */
  logLevel: LogLevel;
  /** X-Ray tracing: only inside AWS Lambda, and off when POWERTOOLS_TRACE_ENABLED=false. */
  tracing: boolean;
  /** EMF metrics: inside Lambda unless POWERTOOLS_METRICS_DISABLED=true; elsewhere only when it is false. */
  metrics: boolean;
}

export const LOG_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL', 'SILENT'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
// CloudWatch accepts 1-255 of these characters in a namespace (and none may start with "AWS/").
// AWS region names: us-east-1, eu-west-1, ap-southeast-2, us-gov-west-1.
export const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const NAMESPACE = /^(?!AWS\/)[0-9A-Za-z.\-_/#:]{1,255}$/;

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
  const home = homeConfig(env, region);
  const allowedOrigins = (env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (!isOriginList(allowedOrigins)) {
    throw new ConfigError(
      `ALLOWED_ORIGINS must list origins like https://app.example.com, or *: ${env.ALLOWED_ORIGINS}`,
    );
  }
  return {
    tableName: env.TABLE_NAME as string,
    region,
    dynamodbEndpoint: endpoint,
    ...home,
    cursorSecret,
    allowedOrigins,
    ...observabilityConfig(env),
  };
}

/** Where writes go: HOME_REGION (when another region), and its endpoint if it is not AWS's. */
function homeConfig(env: NodeJS.ProcessEnv, region: string): Pick<Config, 'homeRegion' | 'dynamodbHomeEndpoint'> {
  const homeRegion = env.HOME_REGION || undefined;
  const homeEndpoint = env.DYNAMODB_HOME_ENDPOINT || undefined;
  if (homeRegion !== undefined && !REGION_NAME.test(homeRegion))
    throw new ConfigError(`HOME_REGION is not an AWS region name: ${homeRegion}`);
  if (homeEndpoint !== undefined && !URL.canParse(homeEndpoint))
    throw new ConfigError(`DYNAMODB_HOME_ENDPOINT is not a URL: ${homeEndpoint}`);
  if (homeEndpoint !== undefined && (homeRegion === undefined || homeRegion === region))
    throw new ConfigError('DYNAMODB_HOME_ENDPOINT needs HOME_REGION set to another region than AWS_REGION');
  if (homeRegion === undefined || homeRegion === region) return {};
  // A local DynamoDB for reads and AWS's for writes is never meant: refuse rather than write to AWS.
  if (env.DYNAMODB_ENDPOINT && homeEndpoint === undefined)
    throw new ConfigError('DYNAMODB_ENDPOINT is set, so HOME_REGION needs DYNAMODB_HOME_ENDPOINT too');
  return { homeRegion, dynamodbHomeEndpoint: homeEndpoint };
}

/** Powertools settings, by the environment variables Powertools documents. */
function observabilityConfig(
  env: NodeJS.ProcessEnv,
): Pick<Config, 'serviceName' | 'metricsNamespace' | 'logLevel' | 'tracing' | 'metrics'> {
  const metricsNamespace = env.POWERTOOLS_METRICS_NAMESPACE || 'UsersApi';
  if (!NAMESPACE.test(metricsNamespace))
    throw new ConfigError(`POWERTOOLS_METRICS_NAMESPACE is not a CloudWatch namespace: ${metricsNamespace}`);
  const logLevel = (env.POWERTOOLS_LOG_LEVEL || env.LOG_LEVEL || 'INFO').toUpperCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel))
    throw new ConfigError(`POWERTOOLS_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}: ${logLevel}`);
  // Outside Lambda there is no X-Ray daemon to send to (and the tracer costs ~10 ms of cold start).
  const inLambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME && env.AWS_EXECUTION_ENV) && !env.AWS_SAM_LOCAL;
  const traceSwitch = (env.POWERTOOLS_TRACE_ENABLED ?? '').toLowerCase();
  // Only CloudWatch Logs turns EMF into metrics: elsewhere it would be noise on stdout.
  const metricsOff = (env.POWERTOOLS_METRICS_DISABLED ?? '').toLowerCase();
  return {
    serviceName: env.POWERTOOLS_SERVICE_NAME || 'users-api',
    metricsNamespace,
    logLevel: logLevel as LogLevel,
    tracing: inLambda && traceSwitch !== 'false' && traceSwitch !== '0',
    metrics: metricsOff === '' ? inLambda : metricsOff === 'false' || metricsOff === '0',
  };
}
