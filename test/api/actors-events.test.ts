import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiHarness } from './api-harness.ts';
import { createApiHarness } from './api-harness.ts';

describe('actors, events, map and network API', () => {
  let api: ApiHarness;
  before(async () => { api = await createApiHarness(); });
  after(async () => { await api.store.close(); });

  it('lists coded events filtered by QuadClass', async () => {
    const { body } = await api.getJson('/api/events?quadClass=3');
    const items = body['items'] as { code: string; sourceCode: string }[];
    assert.deepEqual(items.map((e) => [e.code, e.sourceCode]), [['112', 'OSTMIL']]);
  });

  it('rejects a CAMEO root code that is not two digits', async () => {
    const { status } = await api.getJson('/api/events?rootCode=4');
    assert.equal(status, 400);
  });

  it("profiles an actor with its events and most frequent counterparts", async () => {
    const { status, body } = await api.getJson('/api/actors/VALGOV');
    assert.equal(status, 200);
    const counterparts = body['counterparts'] as { key: string; events: number; conflict: number }[];
    assert.deepEqual(counterparts.map((c) => c.key).sort(), ['NORGOV', 'OSTMIL']);
    assert.equal((body['events'] as unknown[]).length, 3);
    assert.ok((body['aliases'] as string[]).includes('Valdoria'));
  });

  it('names the actor codes of listed events for readers, keeping the codes', async () => {
    const { body } = await api.getJson('/api/actors/VALGOV');
    const events = body['events'] as { sourceCode?: string; sourceName?: string; targetCode?: string; targetName?: string }[];
    const names = events.flatMap((e) => [[e.sourceCode, e.sourceName], [e.targetCode, e.targetName]]);
    assert.ok(names.some(([code, name]) => code === 'NORGOV' && name === "Norway's government"), JSON.stringify(names));
    assert.ok(names.some(([code, name]) => code === 'VALGOV' && name === 'VALGOV'), 'a code of no known country stays as written');
  });

  it('gives the dyad curve by day and QuadClass', async () => {
    const { body } = await api.getJson('/api/actors/VALGOV/dyad?with=OSTMIL');
    const days = body['days'] as { day: string; quadClass: number[]; goldstein: number }[];
    assert.deepEqual(days.map((d) => [d.day, d.quadClass, d.goldstein]), [['2025-03-14', [1, 0, 1, 0], 2]]);
  });

  it('answers 404 for an unknown actor', async () => {
    const { status } = await api.getJson('/api/actors/XXXGOV');
    assert.equal(status, 404);
  });

  it('aggregates located places for the map', async () => {
    const { body } = await api.getJson('/api/map');
    const places = body['places'] as { name: string; articles: number; events: number }[];
    assert.deepEqual(places.map((p) => p.name).sort(), ['Ostmark', 'Valdoria']);
  });

  it('builds the interaction network with cooperation and conflict counts', async () => {
    const { body } = await api.getJson('/api/network');
    const edges = body['edges'] as { source: string; target: string; cooperation: number; conflict: number }[];
    const ost = edges.find((e) => e.source === 'OSTMIL');
    assert.deepEqual([ost?.cooperation, ost?.conflict], [1, 1]);
    assert.equal((body['nodes'] as unknown[]).length, 3);
  });
});
