// Where the X-Ray SDK sends segments in the bench's traced cold runs: a UDP socket of ours on
// 127.0.0.1 that counts what arrives (nothing, as the trace header is not sampled). The bundle
// test samples its trace and reads the documents (each datagram: a header line, then the segment).
import { createSocket } from 'node:dgram';
import type { AddressInfo } from 'node:net';

export async function xraySink() {
  const socket = createSocket('udp4');
  const received: string[] = [];
  socket.on('message', (message) => received.push(message.toString('utf8')));
  await new Promise<void>((ok) => socket.bind(0, '127.0.0.1', ok));
  return {
    address: `127.0.0.1:${(socket.address() as AddressInfo).port}`,
    segments: () => received.length,
    documents: () => received.map((datagram) => JSON.parse(datagram.slice(datagram.indexOf('\n') + 1)) as unknown),
    close: () => socket.close(),
  };
}
