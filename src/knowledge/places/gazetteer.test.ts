import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CITY_ENGLISH_NAMES, CITY_OTHER_SPELLINGS } from './city-exonyms.ts';
import { foldDiacritics, loadGazetteer } from './gazetteer.ts';
import { NEWS_TOWNS } from './news-towns.ts';
import { REGION_ENGLISH_NAMES } from './region-english-names.ts';

const gazetteer = loadGazetteer();

/** The largest city a name denotes, as "name ISO3". */
function firstCity(name: string): string | undefined {
  const candidate = gazetteer.lookup(name).find((c) => c.kind === 'city');
  return candidate?.kind === 'city' ? `${candidate.city.name} ${candidate.city.country}` : undefined;
}

describe('gazetteer', () => {
  it('codes Kosovo and its towns KSV, as CAMEO and GDELT do, since ISO has no code for it', () => {
    const kosovo = gazetteer.lookup('Kosovo').find((c) => c.kind === 'country');
    assert.equal(kosovo?.kind === 'country' ? kosovo.country.iso3 : undefined, 'KSV');
    assert.equal(firstCity('Pristina'), 'Pristina KSV');
  });
  it('knows a country by a former name news and archives still use ("Zaire" is the Congo, "Ceylon" Sri Lanka)', () => {
    const countryOf = (name: string) => gazetteer.lookup(name).flatMap((c) => (c.kind === 'country' ? [c.country.iso3] : []));
    assert.deepEqual(countryOf('Zaire'), ['COD']);
    assert.deepEqual(countryOf('Ceylon'), ['LKA']);
    assert.deepEqual(countryOf('Upper Volta'), ['BFA']);
  });
  it('reads a capital shared by two countries as the bigger one\'s ("Kingston" is Jamaica\'s)', () => {
    assert.equal(gazetteer.countryWithCapital('Kingston'), 'JAM');
    assert.equal(gazetteer.demonym('Ecuadorean'), 'ECU');
  });
  it('finds cities by the English name news uses when GeoNames has the local one', () => {
    assert.equal(firstCity('Geneva'), 'Geneva CHE');
    assert.equal(firstCity('Genève'), 'Geneva CHE');
    assert.equal(firstCity('Cologne'), 'Cologne DEU');
    assert.equal(firstCity('Kiev'), 'Kyiv UKR');
  });

  it('finds towns GeoNames spells in a transliteration news does not use by the English name, and shows them by it', () => {
    assert.equal(firstCity('Cap-Haitien'), 'Cap-Haitien HTI');
    assert.equal(firstCity('Okap'), 'Cap-Haitien HTI');
    assert.equal(firstCity('Kramatorsk'), 'Kramatorsk UKR');
    assert.equal(firstCity('Kobani'), 'Kobani SYR');
  });

  it('finds a town under 100,000 people without its accents where an entry says news spells it so', () => {
    assert.equal(firstCity('Bihac'), 'Bihać BIH');
    assert.equal(firstCity('Quibdo'), 'Quibdó COL');
  });

  it('keeps the few small places news names often, though they are under 15,000 people or GeoNames gives none', () => {
    assert.equal(firstCity('Srebrenica'), 'Srebrenica BIH');
    assert.equal(firstCity('Sudzha'), 'Sudzha RUS');
    assert.equal(firstCity('Qamishli'), 'Qamishli SYR');
  });

  it('keys every English name and other spelling by a GeoNames name and country the city table holds', () => {
    const listed = new Set(gazetteer.cities.map((city) => `${city.name}|${city.country}`));
    const unknown = [...CITY_ENGLISH_NAMES.keys(), ...CITY_OTHER_SPELLINGS.keys()].filter((key) => !listed.has(key));
    assert.deepEqual(unknown, []);
  });

  it('finds cities written without their accents', () => {
    assert.equal(firstCity('Sao Paulo'), 'São Paulo BRA');
    assert.equal(firstCity('Krakow'), 'Kraków POL');
    assert.equal(firstCity('Lodz'), 'Łódź POL');
  });

  it('does not find small towns by a spelling without accents that is also a common name', () => {
    assert.equal(firstCity('Leo'), undefined);
  });

  it('finds a city whose name starts with "the", as look-ups drop it', () => {
    assert.equal(firstCity('The Hague'), 'The Hague NLD');
  });

  it('folds accents and special letters but leaves plain names alone', () => {
    assert.equal(foldDiacritics('Łódź'), 'Lodz');
    assert.equal(foldDiacritics('Xi’an'), "Xi'an");
    assert.equal(foldDiacritics('Oslo'), 'Oslo');
  });

  it('shows a region by its English name and still finds it by the name the table lists', () => {
    const names = (name: string): string[] => gazetteer.lookup(name).flatMap((c) => (c.kind === 'region' ? [`${c.region.name} ${c.region.country}`] : []));
    assert.deepEqual(names('Gharb Darfur'), ['West Darfur SDN']);
    assert.deepEqual(names('South Kordofan'), ['South Kordofan SDN']);
    assert.deepEqual(names('Lugansk'), ['Luhansk Oblast UKR']);
  });

  it('keys every English region name by a name and country the region table holds', () => {
    const listed = new Set(gazetteer.regions.map((region) => `${region.name}|${region.country}`));
    assert.deepEqual([...REGION_ENGLISH_NAMES.keys()].filter((key) => !listed.has(key)), []);
  });

  it('knows the US state an AP abbreviation stands for, in its own case only', () => {
    const state = (word: string): string | undefined => {
      const candidate = gazetteer.stateOfAbbreviation(word);
      return candidate?.kind === 'region' ? `${candidate.region.name} ${candidate.region.country}` : undefined;
    };
    assert.equal(state('Ga.'), 'Georgia USA');
    assert.equal(state('W.Va.'), 'West Virginia USA');
    assert.equal(state('LA.'), undefined);
    assert.deepEqual(gazetteer.lookup('Ga.'), []);
  });

  it('reads Northern Ireland as the United Kingdom, as it reads Scotland and Wales', () => {
    const first = gazetteer.lookup('Northern Ireland')[0];
    assert.equal(first?.kind === 'country' ? first.country.iso3 : undefined, 'GBR');
  });

  it('finds a town the city table lacks by its country alone, and no listed town shares its name with another place', () => {
    assert.deepEqual(gazetteer.lookup('Kerem Shalom'), [{ kind: 'town', name: 'Kerem Shalom', country: 'ISR' }]);
    const shared = NEWS_TOWNS.flatMap((town) => [town.name, ...(town.aliases ?? [])]).filter((name) => gazetteer.lookup(name).some((c) => c.kind !== 'town'));
    assert.deepEqual(shared, []);
  });
});
