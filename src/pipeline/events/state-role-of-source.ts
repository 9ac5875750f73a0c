import type { Token } from '../../model/token.ts';
import { withCountry, type ActorGroup } from './actor-groups.ts';
import { STATE_SIDE_ROLES } from './agent-roles.ts';
import { countryOf } from './state-country.ts';

/** "the government", "police": the state's own institutions named bare, as a people speaks of its own. */
const OWN_INSTITUTIONS = new Set(['government', 'police', 'army', 'military', 'parliament', 'authorities', 'regime', 'judiciary']);
const FACILITIES = new Set(['base', 'post', 'outpost', 'checkpoint', 'camp', 'barracks', 'position', 'convoy', 'patrol', 'vehicle', 'station', 'headquarters']);

/**
 * "Israelis protested against the government", "Taliban fighters attacked police": the state a people or its rebels
 * act against, named bare with no country, is their own. A state's agents (troops, ministers) may face another's, and
 * "foreign troops" or "European governments" say whose they are.
 */
export function stateRoleGroupOfSource(tokens: readonly Token[], source: ActorGroup | undefined, target: ActorGroup): ActorGroup | undefined {
  const member = target.members.length === 1 ? target.members[0] : undefined;
  const from = source?.members.length === 1 ? source.members[0] : undefined;
  const role = member?.code?.startsWith('---') ? member.code.slice(3) : '';
  const country = countryOf(from);
  if (!member?.isCountryless || !STATE_SIDE_ROLES.has(role) || !country || STATE_SIDE_ROLES.has(from?.code?.slice(3) ?? '')) return undefined;
  const before = tokens[member.first - 1];
  // "Hezbollah fired missiles at an army base": a post the army holds may be anyone's army's; the place or the sentence's
  // sole country says whose, not the attacker's.
  const isPost = FACILITIES.has(tokens[member.last + 1]?.lemma ?? '');
  const isBare = member.first === member.last && !isPost && OWN_INSTITUTIONS.has(tokens[member.first]?.text.toLowerCase() ?? '') && before?.pos !== 'ADJ' && before?.pos !== 'PROPN';
  return isBare ? withCountry(target, country) : undefined;
}
