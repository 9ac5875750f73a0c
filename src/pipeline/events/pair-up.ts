import type { ActorGroup } from './actor-groups.ts';
import type { ActorMention } from './find-actor-mentions.ts';

/**
 * Source × target members; for symmetric patterns with no target, members of a compound subject pair up with each
 * other ("Lee and Ishiba agreed…"). "X met Y" stays X → Y, as CAMEO's dictionaries code it (no `[040:040]`).
 */
export function pairUp(source: ActorGroup | undefined, target: ActorGroup | undefined, isSymmetric: boolean): [ActorMention | undefined, ActorMention | undefined][] {
  const pairs: [ActorMention | undefined, ActorMention | undefined][] = [];
  const seen = new Set<string>();
  if (source && target) {
    for (const from of source.members) {
      for (const to of target.members) {
        const key = `${from.code ?? from.name}>${to.code ?? to.name}`;
        if ((from.code === to.code && from.code && !isUnplacedPair(from, to)) || seen.has(key)) continue;
        seen.add(key);
        pairs.push([from, to]);
      }
    }
  } else if (source && isSymmetric && source.members.length >= 2) {
    for (const from of source.members) {
      for (const to of source.members) {
        const key = `${from.code ?? from.name}>${to.code ?? to.name}`;
        if (from === to || from.code === to.code || seen.has(key)) continue;
        seen.add(key);
        pairs.push([from, to]);
      }
    }
  } else if (source) {
    for (const from of source.members) pairs.push([from, undefined]);
  } else if (target) {
    for (const to of target.members) pairs.push([undefined, to]);
  }
  return pairs;
}

/** "A man stabbed two people": two countryless mentions named by different nouns are not yet known to be one side; the places decide later. */
function isUnplacedPair(from: ActorMention, to: ActorMention): boolean {
  return from.isCountryless === true && to.isCountryless === true && from.name.toLowerCase() !== to.name.toLowerCase();
}
