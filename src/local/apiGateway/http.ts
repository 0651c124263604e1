// The emulator's request and response, free of Node's HTTP types.

export interface HttpRequest {
  method: string;
  /** The path as sent, still percent-encoded, without the query. */
  path: string;
  /** Query parameters in order, decoded. */
  query: [string, string][];
  /** Headers in order, names as sent. */
  headers: [string, string][];
  body: string | null;
  sourceIp: string;
  protocol: string;
}

export interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  body: string;
}

/** What templates and mappings read about the request being answered. */
export interface RequestContext {
  requestId: string;
  httpMethod: string;
  path: string;
  resourcePath?: string;
  stage: string;
  sourceIp: string;
  /** A request header, its name matched without regard to case; undefined when absent. */
  header(name: string): string | undefined;
  query: Record<string, string>;
  pathParameters: Record<string, string>;
}
