import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkCorpus, runIngest, writeCorpus } from './crash-harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'tidings-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('crash safety', () => {
  it('stores every article exactly once after SIGKILL mid-ingest and a restart, with an intact database', { timeout: 120_000 }, async () => {
    const corpus = join(dir, 'corpus.jsonl');
    const db = join(dir, 'crash.db');
    const urls = writeCorpus(corpus, 600);
    const first = await runIngest(db, corpus, 200);
    assert.equal(first.killed, true, 'the first run was killed mid-way');
    const midway = checkCorpus(db, urls);
    assert.ok(midway.rows > 0 && midway.rows < urls.length, `part of the corpus was stored before the kill (${midway.rows})`);
    assert.equal(midway.integrity, 'ok');
    const second = await runIngest(db, corpus);
    assert.match(second.output, /done /);
    const final = checkCorpus(db, urls);
    assert.deepEqual(final, { rows: urls.length, distinctUrls: urls.length, missing: 0, integrity: 'ok', ftsIntegrity: 'ok' });
  });
});
