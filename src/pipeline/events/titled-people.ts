import type { ActorDictionaryMatch } from '../../knowledge/actor-dictionary/match-actor-dictionary.ts';
import { TitleIndex } from '../../knowledge/actors/title-index.ts';
import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';
import { isBareCountry } from './agent-roles.ts';

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
    const extended = actorMention({ ...mention, first, name: `${title.name} ${mention.name}` });
    return mention.code === undefined ? actorMention({ ...extended, code: `---${title.code}`, isCountryless: true, isUnplacedPerson: true }) : extended;
  });
  return { mentions: ofPossessorCountries(tokens, result), used };
}

/**
 * "Jordan's King Abdullah", "Egypt's Sisi": a person named right after a country's possessive is that country's, one
 * actor with it (its own code when the knowledge has one, else the country with the role of a title it has).
 */
function ofPossessorCountries(tokens: readonly Token[], mentions: readonly ActorMention[]): ActorMention[] {
  const result: ActorMention[] = [];
  for (const mention of mentions) {
    const country = result.at(-1);
    const isPossessed = country !== undefined && country.last === mention.first - 2 && POSSESSIVE_MARKS.has(tokens[mention.first - 1]?.text ?? '');
    if (!isPossessed || !(mention.isPerson === true || mention.isUnplacedPerson === true) || !/^[A-Z]{3}$/.test(country.code ?? '') || (country.placeId !== undefined && !isCountryName(country))) {
      result.push(mention);
      continue;
    }
    // With no known role, the bare country, as PETRARCH codes "Sweden's Thomas Enqvist": a title says the role ("King").
    const role = mention.isCountryless === true ? mention.code?.slice(3) ?? '' : leadingTitleAgent(tokens, mention) ?? '';
    const code = mention.code !== undefined && mention.isCountryless !== true ? mention.code : `${country.code ?? ''}${role}`;
    result[result.length - 1] = actorMention({ ...mention, first: country.first, code, country: country.code ?? '', name: `${country.name}'s ${mention.name}`, isCountryless: false, isUnplacedPerson: false });
  }
  return result;
}

const TITLE_INDEX = new TitleIndex();

/** The role of a title opening the mention ("King Abdullah" → GOV), if one does. */
function leadingTitleAgent(tokens: readonly Token[], mention: ActorMention): string | undefined {
  const words = tokens.slice(mention.first, Math.min(mention.last, mention.first + 3)).map((token) => token.text.toLowerCase());
  for (let end = words.length - 1; end >= 0; end--) {
    const found = TITLE_INDEX.endingAt(words, end);
    if (found?.start === 0) return found.title.agent;
  }
  return undefined;
}

/** A place mention standing for a whole country ("Jordan"), not a town of it ("Amman's mayor"). */
function isCountryName(mention: ActorMention): boolean {
  return isBareCountry(mention.code);
}

/** A person's name: the actors stage says so, or an uncoded run of proper nouns. */
function isName(tokens: readonly Token[], mention: ActorMention): boolean {
  if (mention.placeId !== undefined || mention.isCountryless === true) return false;
  if (mention.isPerson === true) return true;
  if (mention.code !== undefined) return false;
  for (let index = mention.first; index <= mention.last; index++) if (tokens[index]?.pos !== 'PROPN') return false;
  return true;
}
