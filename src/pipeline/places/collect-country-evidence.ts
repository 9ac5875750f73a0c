import type { Entity } from '../../model/entity.ts';
import type { Gazetteer } from '../../knowledge/places/gazetteer.ts';

/**
 * Which countries an article's names point to, with the names behind each (ISO-3 → texts): countries, demonyms,
 * regions and large towns. Callers drop a name's own vote, so "Georgia" among Atlanta and Florida counts for the US.
 * `subnational` keeps the regions and towns alone: naming the United States says nothing about which Georgia is meant.
 */
export function collectCountryEvidence(entities: readonly Entity[], gazetteer: Gazetteer): { all: Map<string, Set<string>>; subnational: Map<string, Set<string>> } {
  const all = new Map<string, Set<string>>();
  const subnational = new Map<string, Set<string>>();
  const add = (evidence: Map<string, Set<string>>, iso3: string | undefined, text: string): void => {
    if (!iso3) return;
    const texts = evidence.get(iso3) ?? new Set<string>();
    texts.add(text);
    evidence.set(iso3, texts);
  };
  for (const entity of entities) {
    if (entity.type === 'nationality') {
      add(all, gazetteer.demonym(entity.text), entity.text);
      continue;
    }
    if (entity.type !== 'place') continue;
    const first = gazetteer.lookup(entity.text)[0];
    const country = first?.kind === 'region' ? first.region.country : first?.kind === 'city' && first.city.population >= 100000 ? first.city.country : undefined;
    if (first?.kind === 'country') add(all, first.country.iso3, entity.text);
    add(all, country, entity.text);
    add(subnational, country, entity.text);
  }
  return { all, subnational };
}
