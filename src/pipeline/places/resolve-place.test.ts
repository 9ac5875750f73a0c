import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryOfCandidate, loadGazetteer } from '../../knowledge/places/gazetteer.ts';
import { resolvePlace, type PlaceContext } from './resolve-place.ts';

const gazetteer = loadGazetteer();
const nowhere: PlaceContext = { documentCountries: new Set(), isRegionWord: false };

/** "ISO3 kind" of what a name resolves to in a context. */
function resolved(name: string, context: PlaceContext = nowhere): string {
  const candidate = resolvePlace(name, context, gazetteer);
  return candidate ? `${countryOfCandidate(candidate) ?? '?'} ${candidate.kind}` : 'none';
}

describe('resolvePlace', () => {
  it("reads England's regions named alone as England's, however many countries have a district of the name", () => {
    assert.equal(resolved('South East'), 'GBR region');
    assert.equal(resolved('North West'), 'GBR region');
    assert.equal(resolved('East Midlands'), 'GBR region');
  });

  it('takes the region of the article\'s country before "province", not the first of the name', () => {
    assert.equal(resolved('North West', { documentCountries: new Set(['ZAF']), isRegionWord: true }), 'ZAF region');
    assert.equal(resolved('North West', { documentCountries: new Set(['BWA']), isRegionWord: true }), 'BWA region');
  });
});
