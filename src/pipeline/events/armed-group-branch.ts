import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';
import { isBareCountry } from './agent-roles.ts';

const BODY_NOUNS = new Set(['group', 'movement', 'network', 'militia', 'organisation', 'organization']);
const BRANCHES = new Set(['branch', 'affiliate', 'wing', 'franchise', 'offshoot', 'arm', 'faction', 'cell', 'province']);

/**
 * "Al-Shabaab's Kenyan cell", "the Hezbollah movement's Syrian wing": a movement's branch named by a country fights
 * there as that country's armed group (KENREB), not as the movement at large nor as the country itself.
 */
export function withBranchesOfArmedGroups(tokens: readonly Token[], mentions: readonly ActorMention[]): ActorMention[] {
  let result = [...mentions];
  for (const country of mentions) {
    const code = country.code;
    if (!isBareCountry(code) || !/^[A-Z]{3}$/.test(code) || !BRANCHES.has(tokens[country.last + 1]?.lemma ?? '')) continue;
    // "the Hezbollah movement's": the movement's name, and a noun saying what kind of body it is.
    let mark = country.first - 1;
    if (!POSSESSIVE_MARKS.has(tokens[mark]?.text ?? '')) continue;
    if (BODY_NOUNS.has(tokens[mark - 1]?.lemma ?? '')) mark--;
    const movement = result.find((mention) => mention.last === mark - 1 && isArmedMovement(mention.code));
    if (!movement) continue;
    const branch = actorMention({ ...movement, last: country.last + 1, code: `${code}REB`, country: code, name: `${movement.name}'s ${tokens[country.last + 1]?.text ?? ''}` });
    result = result.filter((mention) => mention !== country).map((mention) => (mention === movement ? branch : mention));
  }
  return result;
}

function isArmedMovement(code: string | undefined): boolean {
  return code !== undefined && (code.startsWith('IMG') || code.endsWith('REB'));
}
