// Observability of the Lambda entry with Powertools for AWS Lambda, without middy: JSON
// logs (errors always; a request line per request at DEBUG or sampled), EMF business counters
// and the cold start metric, and X-Ray traces of the DynamoDB client. src/http/dispatch.ts only sees the
// Logger and Observer interfaces it declares, so it stays free of any runtime.
import { Logger, LogLevelThreshold } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import type { Context } from 'aws-lambda';
import type { OperationId } from '../../generated/operations.js';
import type { Logger as ApiLogger, Observer, RequestOutcome } from '../http/dispatch.js';
import type { Config } from './environment.js';

/** Business counters: the operation result that counts, and the metric it adds one to. */
export const businessCounters: Partial<Record<OperationId, { status: number; metric: string }>> = {
  createUser: { status: 201, metric: 'UsersCreated' },
  deleteUser: { status: 204, metric: 'UsersDeleted' },
};

export type ObservabilityConfig = Pick<Config, 'serviceName' | 'metricsNamespace' | 'logLevel' | 'tracing' | 'metrics'>;

export interface Observability {
  /** For createApi: errors, with the request's correlation id as `correlation_id`. */
  logger: ApiLogger;
  /** For createApi: a request line (ERROR on a 5xx, else DEBUG) and, when metrics are on, the business counters. */
  observer: Observer;
  /** Traces the client's calls in X-Ray when tracing is on; returns the same client. */
  traceClient<C extends object>(client: C): C;
  /** The Lambda handler with the invocation's context in the logs and, when tracing, a subsegment. */
  instrument<E, R>(handler: (event: E) => Promise<R>): (event: E, context?: Context) => Promise<R>;
}

interface Tracing {
  ready: Promise<void>;
  tracer?: Tracer;
  /** Clients handed over before the tracer module finished loading. */
  pending: object[];
}

/**
 * In the Lambda asset (CommonJS) tracer.js sits beside index.js and is required, which spares the
 * cold start Node's ESM loader (an `import()` of it cost ~20% more CPU with tracing on, Node 20).
 * Run from the sources (tsx, vitest) there is no such file, or no `require`: it is imported.
 */
async function loadTracer(): Promise<typeof import('./tracer.js')> {
  try {
    return require('./tracer.js') as typeof import('./tracer.js');
  } catch {
    return import('./tracer.js');
  }
}

/**
 * The X-Ray SDK costs cold start to read and load, so the tracer is imported only when tracing
 * is on (inside Lambda), from ./tracer.js: a file of its own in the asset (infra/bundling.ts).
 */
function startTracing(serviceName: string, logger: Logger): Tracing {
  const tracing: Tracing = { ready: Promise.resolve(), pending: [] };
  tracing.ready = loadTracer()
    .then(({ Tracer }) => {
      const tracer = new Tracer({ serviceName, captureHTTPsRequests: false });
      for (const client of tracing.pending.splice(0)) tracer.captureAWSv3Client(client);
      tracing.tracer = tracer;
    })
    .catch((err: unknown) => logger.error('X-Ray tracing is off: the tracer did not load', err as Error));
  return tracing;
}

async function traced<R>(tracer: Tracer, run: () => Promise<R>): Promise<R> {
  const segment = tracer.getSegment();
  const subsegment = segment?.addNewSubsegment('## handler');
  if (subsegment) tracer.setSegment(subsegment);
  tracer.annotateColdStart();
  tracer.addServiceNameAnnotation();
  try {
    return await run();
  } catch (err) {
    tracer.addErrorAsMetadata(err as Error);
    throw err;
  } finally {
    if (segment && subsegment) {
      subsegment.close();
      tracer.setSegment(segment);
    }
  }
}

export function createObservability(config: ObservabilityConfig): Observability {
  const logger = new Logger({ serviceName: config.serviceName, logLevel: config.logLevel });
  const metrics = config.metrics
    ? new Metrics({ namespace: config.metricsNamespace, serviceName: config.serviceName })
    : undefined;
  const tracing = config.tracing ? startTracing(config.serviceName, logger) : undefined;
  let firstRequest = true;
  // POWERTOOLS_LOGGER_SAMPLE_RATE: the share of invocations logged at DEBUG (their request lines).
  const sampling = Number(process.env.POWERTOOLS_LOGGER_SAMPLE_RATE ?? 0) > 0;
  // Inside Lambda, addContext puts cold_start (and the function's request id) on every line.
  let lambdaContext = false;

  function record(outcome: RequestOutcome): void {
    const { operationId, status, durationMs } = outcome;
    const failed = status >= 500;
    // A line per request cost ~35 µs of CPU of a ~100 µs warm GET and repeats API Gateway's access
    // log: a failure (5xx) is always logged, other requests at DEBUG (a log level, or a sampled
    // share of invocations with POWERTOOLS_LOGGER_SAMPLE_RATE). docs/observability.md says why.
    // Powertools' documented `level` (a number, lower is more verbose): no line is built that it would drop.
    const line = (failed || logger.level <= LogLevelThreshold.DEBUG) && {
      correlation_id: outcome.correlationId,
      operation: operationId ?? null,
      method: outcome.method,
      path: outcome.path,
      status,
      duration_ms: Math.round(durationMs * 1000) / 1000,
      ...(lambdaContext ? {} : { cold_start: firstRequest }),
    };
    if (line) {
      if (failed) logger.error('request', line);
      else logger.debug('request', line);
    }
    // Requests, latency and errors per operation are API Gateway's per-method metrics (the stage has
    // them on); the function's own EMF documents are the business counters, and cold starts.
    const counter = metrics && operationId && businessCounters[operationId];
    if (metrics && counter && counter.status === status) {
      metrics.addDimension('operation', operationId);
      metrics.addMetric(counter.metric, MetricUnit.Count, 1);
      metrics.publishStoredMetrics();
    }
    if (operationId) tracing?.tracer?.putAnnotation('operation', operationId);
  }

  return {
    logger: {
      error: (message, { correlationId, ...details }) =>
        logger.error({ message, correlation_id: correlationId, ...details }),
    },
    observer: {
      onRequestEnd(outcome) {
        try {
          record(outcome);
        } catch (err) {
          // Telemetry must never fail a request that has already been answered.
          logger.warn('The request could not be recorded', err as Error);
        } finally {
          firstRequest = false;
        }
      },
    },
    traceClient(client) {
      if (tracing?.tracer) tracing.tracer.captureAWSv3Client(client);
      else tracing?.pending.push(client);
      return client;
    },
    instrument(handler) {
      return async (event, context) => {
        if (tracing && !tracing.tracer) await tracing.ready;
        if (context) {
          lambdaContext = true;
          logger.addContext(context);
          // A new sampling decision per invocation, as Powertools' injectLambdaContext makes it.
          if (sampling) logger.refreshSampleRateCalculation();
          if (firstRequest) metrics?.captureColdStartMetric(context.functionName);
        }
        const tracer = tracing?.tracer;
        return tracer ? traced(tracer, () => handler(event)) : handler(event);
      };
    },
  };
}
