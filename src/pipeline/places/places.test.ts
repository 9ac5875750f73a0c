import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/entity.ts';
import { createAnalyzer } from '../analyzer.ts';
import { dateline } from '../dateline/dateline.ts';
import { segment } from '../segment/segment.ts';
import type { Stage } from '../stage.ts';
import { places } from './places.ts';

// A stand-in recogniser that calls every capitalised word a place, as a recogniser may do with a dateline's agency.
const entities: Stage = {
  name: 'entities',
  needs: ['segment'],
  run(doc) {
    const found: Entity[] = [...doc.text.matchAll(/\b[A-Z][a-z]+\b/g)].map((match, i) => ({
      id: `e${i}`, type: 'place', text: match[0], span: { start: match.index, end: match.index + match[0].length }, rule: 'test', confidence: 1,
    }));
    return { entities: found };
  },
};
const analyzer = await createAnalyzer({}, [segment, dateline, entities, places]);

describe('places stage', () => {
  it("does not look up a dateline's agency as a place, and still resolves the filing place", () => {
    const doc = analyzer.analyze('Lima, May 2 (Harbour) - Rescuers worked through the night.', {});
    const unresolved = doc.diagnostics.filter((d) => d.code === 'places/unresolved').map((d) => d.message).join('\n');
    assert.match(unresolved, /`Rescuers`/, 'the stand-in recogniser does flag unknown names');
    assert.doesNotMatch(unresolved, /`Harbour`/);
    assert.ok(doc.places.some((place) => place.name === 'Lima'));
  });

  it('reads Georgia as the state only beside other places of the United States, not because the United States is named', () => {
    const country = analyzer.analyze('The United States pledged new aid to help Georgia rebuild after its war with Russia.', {});
    assert.equal(country.places.find((place) => place.name === 'Georgia')?.country, 'GEO');
    const state = analyzer.analyze('Storms tore through Georgia and Florida on Tuesday, and officials in Atlanta said the shelters were full.', {});
    assert.equal(state.places.find((place) => place.name === 'Georgia')?.country, 'USA');
  });

  it('reads "Balkan" as the Balkans, not as the Turkmen province of that name', () => {
    const doc = analyzer.analyze('Leaders of five Balkan states met in Skopje on Monday.', {});
    assert.deepEqual(doc.places.filter((place) => place.name.startsWith('Balkan')).map((place) => [place.name, place.country]), [['Balkans', undefined]]);
  });

  it("keeps a big city over a small namesake in the article's country, and the article's country between towns of a size", () => {
    const donetsk = analyzer.analyze('Officials in Donetsk said shelling killed five people, according to Russian state media in Moscow.', {});
    assert.equal(donetsk.places.find((place) => place.name === 'Donetsk')?.country, 'UKR');
    const tripoli = analyzer.analyze('Clashes in Tripoli left three dead, officials in Beirut said.', {});
    assert.equal(tripoli.places.find((place) => place.name === 'Tripoli')?.country, 'LBN');
  });

  it('keeps a small town beside another place the article names, however big its namesake abroad', () => {
    const sale = analyzer.analyze('Flooding closed two schools in Sale on Monday, and buses from Manchester were cancelled.', {});
    assert.equal(sale.places.find((place) => place.name === 'Sale')?.country, 'GBR');
    const alone = analyzer.analyze('Flooding closed two schools in Sale on Monday.', {});
    assert.equal(alone.places.find((place) => place.name.startsWith('Sal'))?.country, 'MAR');
  });

  it("reads a town that is its own country's district of the name over a namesake district abroad, and a province over its town at home", () => {
    assert.equal(analyzer.analyze('Buses from Manchester were cancelled on Monday.', {}).places[0]?.country, 'GBR');
    assert.equal(analyzer.analyze('Voters in Quebec went to the polls on Monday.', {}).places[0]?.precision, 'region');
  });

  it("weighs a region by its country's typical region, so a small parish abroad yields to a big city and an oblast does not", () => {
    const portland = analyzer.analyze('Firefighters in Portland saved a warehouse on Tuesday.', {}).places[0];
    assert.deepEqual([portland?.country, portland?.precision], ['USA', 'city']);
    assert.equal(analyzer.analyze('Shelling was reported in Kursk on Tuesday.', {}).places[0]?.precision, 'region');
  });
  it("resolves a border town under 15,000 people to its country instead of leaving it unresolved", () => {
    const doc = analyzer.analyze('Drones struck a fuel depot near Sudzha overnight, the governor said.', {});
    assert.equal(doc.places.find((place) => place.name === 'Sudzha')?.country, 'RUS');
  });
  it('shows a town by the name news uses and keeps its country, where GeoNames has another transliteration', () => {
    const doc = analyzer.analyze('Aid trucks reached Kobani on Thursday after the road reopened.', {});
    assert.deepEqual(doc.places.filter((place) => place.name === 'Kobani').map((place) => [place.country, place.precision]), [['SYR', 'city']]);
  });
  it('reads a town before an AP state abbreviation as the American one, not a bigger namesake abroad', () => {
    const doc = analyzer.analyze('A storm cut power to homes in Dover, Del., and Norfolk, Va., on Friday.', {});
    assert.deepEqual(doc.places.filter((place) => place.name === 'Dover' || place.name === 'Norfolk').map((place) => place.country), ['USA', 'USA']);
    const abroad = analyzer.analyze('Ferries left Dover for Calais on Friday.', {});
    assert.equal(abroad.places.find((place) => place.name === 'Dover')?.country, 'GBR');
  });
  it('reads the two-part and the longest AP abbreviations after a town as its state too', () => {
    const stateOf = (text: string, town: string): string | undefined => analyzer.analyze(text, {}).places.find((place) => place.name === town)?.region;
    assert.equal(stateOf('Snow closed schools in Manchester, N.H., on Monday.', 'Manchester'), 'New Hampshire');
    assert.equal(stateOf('Snow closed schools in Charleston, W.Va., on Monday.', 'Charleston'), 'West Virginia');
    assert.equal(stateOf('Snow closed schools in Glendale, Calif., on Monday.', 'Glendale'), 'California');
  });
  it('resolves a crossing the city table lacks to its country, with no invented point', () => {
    const doc = analyzer.analyze('Lorries of flour crossed at Torkham on Monday.', {});
    assert.deepEqual(doc.places.filter((place) => place.name === 'Torkham').map((place) => [place.country, place.precision, place.lat]), [['AFG', 'city', undefined]]);
  });
});
