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

  it('reads a region news names in English by its compass word first as the region the table lists in the local form', () => {
    assert.equal(resolved('West Darfur'), 'SDN region');
    assert.equal(resolved('North Kivu'), 'COD region');
    assert.equal(resolved('East Java'), 'IDN region');
    assert.equal(resolved('South Lebanon'), 'LBN region');
  });

  it('reads "X province" as a region whose name the table writes with accents or in its adjectival form', () => {
    const province: PlaceContext = { documentCountries: new Set(), isRegionWord: true };
    assert.equal(resolved('Khuzestan', province), 'IRN region');
    assert.equal(resolved('Dnipropetrovsk', province), 'UKR region');
    assert.equal(resolved('Ituri', province), 'COD region');
  });

  it('reads "a Gulf state" as the area the Gulf countries share, and as Papua New Guinea\'s province only in an article naming that country', () => {
    assert.equal(resolved('Gulf', { documentCountries: new Set(['SAU']), isRegionWord: true }), '? area');
    assert.equal(resolved('Gulf', { documentCountries: new Set(['PNG']), isRegionWord: true }), 'PNG region');
  });

  it('keeps a town whose name a region also bears once its accents are dropped, and finds the region before "region"', () => {
    assert.equal(resolved('Zurich'), 'CHE city');
    assert.equal(resolved('Sumy'), 'UKR city');
    assert.equal(resolved('Sumy', { documentCountries: new Set(), isRegionWord: true }), 'UKR region');
  });
});
