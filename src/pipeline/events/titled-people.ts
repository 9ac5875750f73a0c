import type { ActorDictionaryMatch } from '../../knowledge/actor-dictionary/match-actor-dictionary.ts';
import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';

/** Words before a title that still belong to it: "interim president", "prominent opposition figure". */
const TITLE_MODIFIERS = new Set(['former', 'interim', 'acting', 'ousted', 'jailed', 'exiled', 'detained', 'prominent', 'veteran', 'moderate', 'hardline', 'senior', 'top', 'first']);

/**
 * "signed a deal with rebel leader Riek Machar", "arrested opposition figure Jawar Mohammed": a title written right
 * before a name is part of that person's mention, so a verb's object reaches the name through it. A person the
 * knowledge does not place keeps the title's role with no country yet (`---OPP`), which the sentence's places and
 * the other side of its event may give; `isUnplacedPerson` lets that step drop the person when nothing does.
 */
export function withTitlesOfPeople(tokens: readonly Token[], mentions: readonly ActorMention[], agents: readonly ActorDictionaryMatch[]): { mentions: ActorMention[]; used: Set<ActorDictionaryMatch> } {
  const used = new Set<ActorDictionaryMatch>();
  const result = mentions.map((mention) => {
    if (!isName(tokens, mention)) return mention;
    const title = agents.find((agent) => agent.lastToken + 1 === mention.first && agent.code !== undefined);
    if (!title?.code) return mention;
    used.add(title);
    let first = title.firstToken;
    while (first > 0 && TITLE_MODIFIERS.has(tokens[first - 1]?.lemma ?? '')) first--;
    const extended = { ...mention, first, name: `${title.name} ${mention.name}` };
    return mention.code === undefined ? { ...extended, code: `---${title.code}`, isCountryless: true, isUnplacedPerson: true } : extended;
  });
  return { mentions: result, used };
}

/** A person's name: the actors stage says so, or an uncoded run of proper nouns. */
function isName(tokens: readonly Token[], mention: ActorMention): boolean {
  if (mention.placeId !== undefined || mention.isCountryless === true) return false;
  if (mention.isPerson === true) return true;
  if (mention.code !== undefined) return false;
  for (let index = mention.first; index <= mention.last; index++) if (tokens[index]?.pos !== 'PROPN') return false;
  return true;
}
