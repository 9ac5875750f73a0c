import type { Diagnostic } from '../../model/diagnostic.ts';
import type { Entity } from '../../model/entity.ts';
import type { Place } from '../../model/place.ts';
import type { Span } from '../../model/span.ts';
import { ORGANISATIONS } from '../../knowledge/actors/organisations.ts';
import { loadGazetteer, type Gazetteer, type PlaceCandidate } from '../../knowledge/places/gazetteer.ts';
import { US_STATE_ABBREVIATIONS } from '../../knowledge/places/us-state-abbreviations.ts';
import type { Stage } from '../stage.ts';
import { collectCountryEvidence } from './collect-country-evidence.ts';
import { placeFromCandidate, placeKey } from './place-from-candidate.ts';
import { nearOtherPlace } from './near-other-place.ts';
import { resolvePlace } from './resolve-place.ts';
import { entityWith } from '../entities/entity-with.ts';

const SEATS = new Set(ORGANISATIONS.filter((o) => o.country).flatMap((o) => [o.name, ...o.aliases].map((n) => n.toLowerCase())));
// "Kremlin", "White House": buildings that stand for governments are actors, not places to report as unresolved.
const isSeatOfGovernment = (name: string): boolean => SEATS.has(name.toLowerCase());

const REGION_WORDS = new Set(['region', 'oblast', 'province', 'state', 'krai', 'governorate', 'prefecture', 'district', 'county', 'territory']);

/** Resolves place mentions to countries, regions, towns and areas; what cannot be resolved becomes a diagnostic. */
export const places: Stage<Gazetteer> = {
  name: 'places',
  needs: ['entities'],
  prepare: () => loadGazetteer(),
  run(doc, gazetteer) {
    const agency = doc.dateline?.agencySpan;
    // "(Harbour Wire)" in a dateline names the agency that filed the report, never a place.
    const mentions = doc.entities.filter((e) => e.type === 'place' && !(agency && e.span.start >= agency.start && e.span.end <= agency.end));
    if (mentions.length === 0) return { places: [] };
    const { all: countryEvidence, subnational: regionEvidence } = collectCountryEvidence(doc.entities, gazetteer);
    const byKey = new Map<string, { place: Omit<Place, 'id' | 'mentions'>; mentions: Span[] }>();
    const placeKeyOf = new Map<string, string>();
    const diagnostics: Diagnostic[] = [];
    // Evidence from other names only: "Georgia" must not vote for Georgia. One set per distinct name, not per mention.
    const countriesBesides = new Map<string, Set<string>>();
    const regionsBesides = new Map<string, Set<string>>();
    const isNearOtherPlace = nearOtherPlace(mentions.map((entity) => entity.text), gazetteer);
    for (const entity of mentions) {
      const after = followingWords(doc.text, entity.span.end);
      const qualifierEntity = after.comma ? doc.entities.find((e) => e.span.start === after.comma && e.type === 'place') : undefined;
      const state = after.comma !== undefined ? stateAbbreviationAt(doc.text, after.comma, gazetteer) : undefined;
      const qualifier = state ? [state] : qualifierEntity ? gazetteer.lookup(qualifierEntity.text) : undefined;
      const isRegionWord = REGION_WORDS.has(after.word.toLowerCase());
      const qualified = qualifiedBy(doc.entities, entity, doc.text, gazetteer);
      const documentCountries = besides(countriesBesides, countryEvidence, entity.text);
      const subnationalCountries = besides(regionsBesides, regionEvidence, entity.text);
      const candidate = gazetteer.stateOfAbbreviation(entity.text) ?? resolvePlace(entity.text, { documentCountries, subnationalCountries, isRegionWord, isNearOtherPlace: isNearOtherPlace(entity.text), ...(qualifier ? { qualifier } : {}), ...(qualified ? { qualifies: qualified } : {}) }, gazetteer);
      if (!candidate && isSeatOfGovernment(entity.text)) continue;
      if (!candidate) {
        diagnostics.push({
          severity: 'info',
          source: 'places',
          code: 'places/unresolved',
          message: `No gazetteer entry for the place \`${entity.text}\`; it is left unresolved rather than guessed.`,
          span: entity.span,
        });
        continue;
      }
      const key = placeKey(candidate);
      const span = isRegionWord && candidate.kind === 'region' ? { start: entity.span.start, end: after.wordEnd } : entity.span;
      const entry = byKey.get(key) ?? { place: placeFromCandidate(candidate, gazetteer), mentions: [] };
      entry.mentions.push(span);
      byKey.set(key, entry);
      placeKeyOf.set(entity.id, key);
    }
    const idOf = new Map<string, string>();
    const found: Place[] = [...byKey].map(([key, { place, mentions: spans }], i) => {
      idOf.set(key, `p${i + 1}`);
      return { id: `p${i + 1}`, ...place, mentions: spans };
    });
    const entities = doc.entities.map((entity): Entity => {
      const key = placeKeyOf.get(entity.id);
      const placeId = key ? idOf.get(key) : undefined;
      return placeId ? entityWith(entity, { placeId }) : entity;
    });
    return { places: found, entities, diagnostics };
  },
};

/** For "Atlanta, Georgia": the candidates of the place before the comma, which the mention qualifies. */
function qualifiedBy(entities: readonly Entity[], entity: Entity, text: string, gazetteer: Gazetteer): readonly PlaceCandidate[] | undefined {
  const before = /,\s*$/.exec(text.slice(Math.max(0, entity.span.start - 4), entity.span.start));
  if (!before) return undefined;
  const comma = entity.span.start - before[0].length;
  const previous = entities.find((e) => e.span.end === comma && e.type === 'place');
  return previous ? gazetteer.lookup(previous.text) : undefined;
}

// From the list itself, so a state added there is found here too. Longest first, so the alternation never stops at a
// shorter abbreviation that begins a longer one; the abbreviations are letters and dots, so only dots need escaping.
const STATE_ABBREVIATIONS = [...US_STATE_ABBREVIATIONS.keys()].sort((a, b) => b.length - a.length);
const STATE_ABBREVIATION = new RegExp(`^(?:${STATE_ABBREVIATIONS.map((word) => word.replaceAll('.', '\\.')).join('|')})`);
const LONGEST_STATE_ABBREVIATION = STATE_ABBREVIATIONS[0]?.length ?? 0;

/**
 * "Tulsa, Okla.": an AP state abbreviation after a town's comma, which the recogniser often leaves untagged but which
 * says the town is American ("Dover, Del." is not the English port).
 */
function stateAbbreviationAt(text: string, start: number, gazetteer: Gazetteer): PlaceCandidate | undefined {
  const word = STATE_ABBREVIATION.exec(text.slice(start, start + LONGEST_STATE_ABBREVIATION))?.[0];
  return word ? gazetteer.stateOfAbbreviation(word) : undefined;
}

/** The word right after a mention ("region" in "Kursk region") and where a comma-separated qualifier starts. */
function followingWords(text: string, end: number): { word: string; wordEnd: number; comma?: number } {
  const rest = text.slice(end, end + 40);
  const word = /^\s+([\p{L}]+)/u.exec(rest);
  const comma = /^,\s*/.exec(rest);
  return {
    word: word?.[1] ?? '',
    wordEnd: end + (word ? word[0].length : 0),
    ...(comma ? { comma: end + comma[0].length } : {}),
  };
}

/** The countries evidence points to through names other than `text`, computed once per distinct name. */
function besides(cache: Map<string, Set<string>>, evidence: ReadonlyMap<string, ReadonlySet<string>>, text: string): Set<string> {
  let countries = cache.get(text);
  if (!countries) {
    countries = new Set([...evidence].filter(([, texts]) => [...texts].some((t) => t !== text)).map(([iso3]) => iso3));
    cache.set(text, countries);
  }
  return countries;
}
