// Where the X-Ray SDK sends segments in the bench's traced cold runs: a UDP socket of ours on
// 127.0.0.1 that counts what arrives (nothing, as the trace header is not sampled).
import { createSocket } from 'node:dgram';
import type { AddressInfo } from 'node:net';

export async function xraySink() {
  const socket = createSocket('udp4');
  let segments = 0;
  socket.on('message', () => segments++);
  await new Promise<void>((ok) => socket.bind(0, '127.0.0.1', ok));
  return {
    address: `127.0.0.1:${(socket.address() as AddressInfo).port}`,
    segments: () => segments,
    close: () => socket.close(),
  };
}
