import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import { startServer } from '../../src/api/start-server.ts';
import { InputError } from '../../src/model/errors.ts';
import { createAnalyzer } from '../../src/pipeline/analyzer.ts';
import { openStore } from '../../src/storage/open-store.ts';

describe('startServer', () => {
  it('names the busy port and the flag to change it instead of failing with a raw EADDRINUSE', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    assert.ok(address && typeof address === 'object');
    const store = await openStore(':memory:');
    try {
      const analyzer = await createAnalyzer({}, []);
      await assert.rejects(
        startServer({ store, analyzer, port: address.port, host: '127.0.0.1' }),
        (error: unknown) => error instanceof InputError && error.message.includes(`Port ${address.port}`) && /--port/.test(error.hint ?? ''),
      );
    } finally {
      await store.close();
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });
});
