import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';

const POSSESSIVES = new Set(["'s", '’s']);
const BRANCHES = new Set(['branch', 'affiliate', 'wing', 'franchise', 'offshoot', 'arm', 'faction', 'cell', 'province']);

/**
 * "Al-Qaeda's Yemeni branch", "the Islamic State group's Libyan affiliate": a movement's branch named by a country
 * fights there as that country's armed group (YEMREB), not as the movement at large nor as the country itself.
 */
export function withBranchesOfArmedGroups(tokens: readonly Token[], mentions: readonly ActorMention[]): ActorMention[] {
  let result = [...mentions];
  for (const country of mentions) {
    const code = country.code;
    if (!code || code.length !== 3 || !/^[A-Z]{3}$/.test(code) || !BRANCHES.has(tokens[country.last + 1]?.lemma ?? '')) continue;
    // "the Islamic State group's": the movement's name, and the noun "group" after it.
    let mark = country.first - 1;
    if (!POSSESSIVES.has(tokens[mark]?.text ?? '')) continue;
    if (tokens[mark - 1]?.lemma === 'group') mark--;
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
