import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { JUDGING_ROOTS } from './judged-move.ts';

const ARTICLES: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);
const PHRASE_REACH = 5;

/**
 * "denounced the seizure as a move to scare Ghanaian farmers", "hailed the vote as a win for Europe": when a judging verb's
 * object is a thing named with an article, the actor in the "as" phrase after it only says what the thing was; the act
 * is aimed at whoever did the thing (condemned-act.ts), not at that actor.
 */
export function isInDescriptionOfThing(tokens: readonly Token[], code: string, lastWord: number, object: ActorGroup): boolean {
  if (!JUDGING_ROOTS.has(code.slice(0, 2)) || !ARTICLES.has(tokens[lastWord + 1]?.lemma ?? '')) return false;
  for (let index = lastWord + 2; index < object.first && index <= lastWord + 1 + PHRASE_REACH; index++) {
    const token = tokens[index];
    if (token?.lemma === 'as') return index > lastWord + 2;
    if (token?.pos !== 'ADJ' && token?.pos !== 'NOUN') return false;
  }
  return false;
}
