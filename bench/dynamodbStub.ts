// A stand-in for DynamoDB so that cold starts measure the API, not the database: an HTTP server
// speaking DynamoDB's JSON protocol on 127.0.0.1, so cold runs keep the SDK's whole request path.
// (Warm runs answer in-process, without HTTP or SDK middleware: inMemoryTable.ts.)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Answers every DynamoDB call with an empty success: writes succeed, reads find nothing. */
export function startDynamoDbStub(): Promise<{ endpoint: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'stub' });
      res.end(target.endsWith('.Query') ? '{"Items":[],"Count":0,"ScannedCount":0}' : '{}');
    });
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({
        endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    ),
  );
}
