import { loadActorDictionaries } from '../../knowledge/actor-dictionary/load-actor-dictionaries.ts';
import type { ActorDictionary } from '../../knowledge/actor-dictionary/actor-dictionary.ts';
import { OFFICE_HOLDERS, type KnownOfficeHolder } from '../../knowledge/actors/leaders.ts';
import { NEWS_AGENCIES, type NewsAgency } from '../../knowledge/actors/news-agencies.ts';
import { ORGANISATIONS, type KnownOrganisation } from '../../knowledge/actors/organisations.ts';
import { TitleIndex } from '../../knowledge/actors/title-index.ts';
import { loadGazetteer, type Gazetteer } from '../../knowledge/places/gazetteer.ts';
import type { AnalyzerOptions } from '../stage.ts';

/** Everything the actors stage looks names up in, loaded once per analyzer. */
export interface ActorKnowledge {
  readonly gazetteer: Gazetteer;
  readonly titles: TitleIndex;
  readonly holders: ReadonlyMap<string, KnownOfficeHolder>;
  /** Each distinct holder once, in `holders` order, with its name's words; listed under every word of its name. */
  readonly holdersByWord: ReadonlyMap<string, readonly NamedHolder[]>;
  readonly namedHolders: readonly NamedHolder[];
  readonly organisations: ReadonlyMap<string, KnownOrganisation>;
  readonly agencies: ReadonlyMap<string, NewsAgency>;
  /** The user's own actor dictionaries (`actorFiles`), when any were given. */
  readonly userDictionary?: ActorDictionary;
}

/** An office holder with the lower-cased words of its name, split once when the knowledge loads. */
export interface NamedHolder {
  readonly holder: KnownOfficeHolder;
  readonly words: readonly string[];
}

/** The lower-cased words of a name: "Kim Jong-un" → kim, jong, un. */
export const nameWords = (text: string): string[] => text.toLowerCase().split(/[\s-]+/).filter(Boolean);

function byName<T extends { readonly name: string; readonly aliases: readonly string[] }>(list: readonly T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of list) for (const name of [item.name, ...item.aliases]) index.set(name.toLowerCase(), item);
  return index;
}

/** Loads gazetteer, titles, office holders, organisations, agencies and the user's dictionaries. */
export function loadActorKnowledge(options: AnalyzerOptions): ActorKnowledge {
  const files = options.actorFiles ?? [];
  const holders = byName(OFFICE_HOLDERS);
  const namedHolders = [...new Set(holders.values())].map((holder) => ({ holder, words: nameWords(holder.name) }));
  const holdersByWord = new Map<string, NamedHolder[]>();
  for (const named of namedHolders) {
    for (const word of new Set(named.words)) {
      const list = holdersByWord.get(word);
      if (list) list.push(named);
      else holdersByWord.set(word, [named]);
    }
  }
  return {
    gazetteer: loadGazetteer(),
    titles: new TitleIndex(),
    holders,
    holdersByWord,
    namedHolders,
    organisations: byName(ORGANISATIONS),
    agencies: byName(NEWS_AGENCIES),
    ...(files.length > 0 ? { userDictionary: loadActorDictionaries(files) } : {}),
  };
}
