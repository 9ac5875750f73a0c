import type { Entity } from '../../model/entity.ts';
import type { Gazetteer } from '../../knowledge/places/gazetteer.ts';

/**
 * Which countries an article's names point to, with the names behind each (ISO-3 → texts): countries, demonyms,
 * regions and large towns. Callers drop a name's own vote, so "Georgia" among Atlanta and Florida counts for the US.
 * `isSubnationalOnly` keeps regions and towns alone: naming the United States says nothing about which Georgia is meant.
 */
export function collectCountryEvidence(entities: readonly Entity[], gazetteer: Gazetteer, isSubnationalOnly = false): Map<string, Set<string>> {
  const evidence = new Map<string, Set<string>>();
  const add = (iso3: string | undefined, text: string): void => {
    if (!iso3) return;
    const texts = evidence.get(iso3) ?? new Set<string>();
    texts.add(text);
    evidence.set(iso3, texts);
  };
  for (const entity of entities) {
    if (entity.type === 'nationality' && !isSubnationalOnly) {
      add(gazetteer.demonym(entity.text), entity.text);
      continue;
    }
    if (entity.type !== 'place') continue;
    const first = gazetteer.lookup(entity.text)[0];
    if (first?.kind === 'country' && !isSubnationalOnly) add(first.country.iso3, entity.text);
    else if (first?.kind === 'region') add(first.region.country, entity.text);
    else if (first?.kind === 'city' && first.city.population >= 100000) add(first.city.country, entity.text);
  }
  return evidence;
}
