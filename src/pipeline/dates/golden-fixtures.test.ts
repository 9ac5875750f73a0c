import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../analyzer.ts';
import { claims } from '../claims/claims.ts';
import { quantities } from '../quantities/quantities.ts';
import { segment } from '../segment/segment.ts';
import type { Stage } from '../stage.ts';
import { dates } from './dates.ts';

// Golden files for the dates, quantities and claims stages: each holds only its stage's layer. UPDATE=1 rewrites them.
const fixtures = join(import.meta.dirname, '../../../test/fixtures');
const defaultPublished = '2025-06-18';
// Claims run without the actors stage so the goldens do not move when actor resolution changes.
const noActors: Stage = { name: 'actors', needs: [], run: () => ({}) };
const layers = ['dates', 'quantities', 'claims'] as const;

for (const layer of layers) {
  describe(`golden fixtures: ${layer}`, () => {
    const folder = join(fixtures, layer);
    const inputs = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.input.txt')) : [];
    for (const input of inputs) {
      const phenomenon = input.replace(/\.input\.txt$/, '');
      it(`matches the golden output for ${phenomenon.replace(/-/g, ' ')}`, async () => {
        const analyzer = await createAnalyzer({}, [segment, noActors, dates, quantities, claims]);
        const expectedPath = join(folder, `${phenomenon}.expected.json`);
        const previous = existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as { published?: string }) : {};
        const published = previous.published ?? defaultPublished;
        const doc = analyzer.analyze(readFileSync(join(folder, input), 'utf8'), { published });
        const actual = { published, [layer]: doc[layer] };
        if (process.env['UPDATE'] === '1' || !existsSync(expectedPath)) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
        assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
      });
    }
  });
}
