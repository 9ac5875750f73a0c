import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import type { Watch, WatchMatch } from '../model/watch.ts';
import { deliverWatchMatch } from './deliver-watch-match.ts';

const match: WatchMatch = { watchId: 'w1', watchName: 'border', documentId: 'd1', title: 'Talks at the border', reasons: ['text "border"'] };

test('posts a match to a webhook and retries after a server error', async () => {
  const bodies: string[] = [];
  let calls = 0;
  const server = createServer((request, response) => {
    calls++;
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      bodies.push(body);
      response.statusCode = calls === 1 ? 503 : 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const watch: Watch = { id: 'w1', name: 'border', query: { text: 'border' }, output: { kind: 'webhook', url: `http://127.0.0.1:${port}/hook` }, createdAt: '2025-01-01' };
  try {
    assert.equal(await deliverWatchMatch(match, watch, [10, 10]), true);
    assert.equal(calls, 2);
    assert.deepEqual(JSON.parse(bodies[1] ?? '{}'), match);
  } finally {
    server.close();
  }
});
