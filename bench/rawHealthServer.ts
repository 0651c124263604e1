// The reference for the local gateway's overhead: a bare node:http server on 127.0.0.1 that
// answers GET /health with the same JSON the API gives. Prints its port, serves until killed.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const BODY = JSON.stringify({ status: 'ok', version: '1.0.0' });

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) });
    res.end(BODY);
    return;
  }
  res.writeHead(404).end();
});
server.listen(0, '127.0.0.1', () => {
  console.log(`@@raw-health ${(server.address() as AddressInfo).port}`);
});
