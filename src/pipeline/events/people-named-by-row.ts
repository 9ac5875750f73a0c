import type { Token } from '../../model/token.ts';
import { COLLECTIVE_AGENTS, TITLES } from '../../knowledge/actors/titles.ts';
import type { ActorGroup } from './actor-groups.ts';
import { actorMention } from './actor-mention.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { stateCountry } from './state-country.ts';

/** The nouns of a row that name the people it acts on, and the role of those the agents' tables give none. */
interface RowPeople {
  readonly nouns: ReadonlySet<string>;
  readonly role: string;
}

/**
 * Rows whose own noun names the people acted on: prisoners freed (0841) and parties dissolved (1722). Other nouns of those
 * rows (hostages, soldiers, bodies) may be anyone's.
 */
const PEOPLE_OF_ROWS: Readonly<Record<string, RowPeople>> = {
  '0841': { nouns: new Set(['prisoner', 'detainee', 'activist', 'journalist']), role: 'CVL' },
  '1722': { nouns: new Set(['party']), role: 'OPP' },
};

/** The role the actors' tables give a noun, plural ("activists": OPP) or a title ("journalist": MED); the row's own else. */
function roleOfNoun(noun: Token, people: RowPeople): string {
  return COLLECTIVE_AGENTS[noun.text.toLowerCase()] ?? TITLES.find((title) => title.title === noun.lemma)?.agent ?? people.role;
}

/**
 * "Kenya released 30 detainees", "the junta dissolved all political parties": the people a state frees from its jails or
 * the parties it dissolves, named by the row's own noun and by no actor, are that state's own (the act is done at home).
 */
export function peopleNamedByRow(tokens: readonly Token[], match: TriggerMatch, source: ActorGroup): ActorGroup | undefined {
  const people = PEOPLE_OF_ROWS[match.pattern.code];
  const noun = tokens[match.lastWord];
  if (!people || !noun || !people.nouns.has(noun.lemma)) return undefined;
  const role = roleOfNoun(noun, people);
  const country = stateCountry(source.members[0]);
  if (!country || source.members.some((member) => stateCountry(member) !== country)) return undefined;
  const mention = actorMention({ first: match.lastWord, last: match.lastWord, code: `${country}${role}`, name: noun.text, country });
  return { members: [mention], first: match.lastWord, last: match.lastWord };
}
