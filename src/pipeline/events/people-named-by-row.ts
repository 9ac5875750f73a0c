import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { actorMention } from './actor-mention.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { stateCountry } from './state-country.ts';

/**
 * Rows whose own noun names the people acted on, by the role they are coded with: prisoners freed (0841) and parties
 * dissolved (1722). Other nouns of those rows (hostages, soldiers, bodies) may be anyone's.
 */
const PEOPLE_OF_ROWS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '0841': { prisoner: 'CVL', detainee: 'CVL', activist: 'CVL', journalist: 'MED' },
  '1722': { party: 'OPP' },
};

/**
 * "Kenya released 30 detainees", "the junta dissolved all political parties": the people a state frees from its jails or
 * the parties it dissolves, named by the row's own noun and by no actor, are that state's own (the act is done at home).
 */
export function peopleNamedByRow(tokens: readonly Token[], match: TriggerMatch, source: ActorGroup): ActorGroup | undefined {
  const roles = PEOPLE_OF_ROWS[match.pattern.code];
  const noun = tokens[match.lastWord];
  const role = roles?.[noun?.lemma ?? ''];
  if (!role || !noun) return undefined;
  const country = stateCountry(source.members[0]);
  if (!country || source.members.some((member) => stateCountry(member) !== country)) return undefined;
  const mention = actorMention({ first: match.lastWord, last: match.lastWord, code: `${country}${role}`, name: noun.text, country });
  return { members: [mention], first: match.lastWord, last: match.lastWord };
}
