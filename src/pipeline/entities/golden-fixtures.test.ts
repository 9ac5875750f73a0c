import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { actors } from '../actors/actors.ts';
import { createAnalyzer } from '../analyzer.ts';
import { places } from '../places/places.ts';
import { segment } from '../segment/segment.ts';
import type { Stage } from '../stage.ts';
import { entities } from './entities.ts';

// Golden files for the entities, actors and places stages: each holds only its stage's layer. UPDATE=1 rewrites them.
const fixtures = join(import.meta.dirname, '../../../test/fixtures');
const pipelines: Record<string, readonly Stage<unknown>[]> = {
  entities: [segment, entities] as Stage<unknown>[],
  actors: [segment, entities, actors] as Stage<unknown>[],
  places: [segment, entities, places] as Stage<unknown>[],
};

for (const [layer, stages] of Object.entries(pipelines)) {
  describe(`golden fixtures: ${layer}`, () => {
    const folder = join(fixtures, layer);
    const inputs = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.input.txt')) : [];
    for (const input of inputs) {
      const phenomenon = input.replace(/\.input\.txt$/, '');
      it(`matches the golden output for ${phenomenon.replace(/-/g, ' ')}`, async () => {
        const analyzer = await createAnalyzer({}, stages);
        const doc = analyzer.analyze(readFileSync(join(folder, input), 'utf8'), { published: '2025-06-18' });
        const actual =
          layer === 'entities'
            ? { entities: doc.entities }
            : layer === 'actors'
              ? { actors: doc.actors }
              : { places: doc.places, diagnostics: doc.diagnostics.filter((d) => d.source === 'places') };
        const expectedPath = join(folder, `${phenomenon}.expected.json`);
        if (process.env['UPDATE'] === '1' || !existsSync(expectedPath)) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
        assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
      });
    }
  });
}
