import type { Token } from '../../model/token.ts';
import { groupAfter, type ActorGroup } from './actor-groups.ts';
import { DEMAND_NOUN_CODES, type MadeDemand } from './find-agents.ts';
import type { TriggerMatch } from './find-trigger.ts';

const MAKERS = new Set(['from', 'by']);
const NOUN_GAP = 4;
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
// Rejecting (12), agreeing to (03, 05) or yielding to (08) a request all say that it was made.
const ANSWERING_ROOTS = new Set(['03', '05', '08', '12']);

/**
 * "Russia turned down a request from Kyrgyzstan to send troops", "agreed to a request by Colombia", "rejected Hamas's
 * demands": the request answered was made, by the actor after "from" or "by" or before "'s", of the side that answers it.
 */
export function answeredRequest(tokens: readonly Token[], groups: readonly ActorGroup[], match: TriggerMatch, subject: ActorGroup | undefined): MadeDemand | undefined {
  if (!subject || match.pattern.isNoun || !ANSWERING_ROOTS.has(match.pattern.code.slice(0, 2))) return undefined;
  // "rejected calls from the UN rights chief for an inquiry": the request may be a word of the pattern itself.
  for (const word of match.words) {
    const code = DEMAND_NOUN_CODES.get(tokens[word]?.lemma ?? '');
    if (!code || !MAKERS.has(tokens[word + 1]?.lemma ?? '')) continue;
    const maker = groupAfter(tokens, groups, word + 1, 3, true);
    return maker && maker !== subject ? { code, maker, addressee: subject } : undefined;
  }
  for (let index = match.lastWord + 1; index <= match.lastWord + NOUN_GAP; index++) {
    const token = tokens[index];
    if (!token) return undefined;
    // "rejected Hamas's demands for an end to the war": the maker named as the possessor.
    const possessor = groups.find((group) => group.first === index);
    if (possessor && POSSESSIVE.has(tokens[possessor.last + 1]?.text ?? '')) {
      const possessed = DEMAND_NOUN_CODES.get(tokens[possessor.last + 2]?.lemma ?? '');
      return possessed && possessor !== subject ? { code: possessed, maker: possessor, addressee: subject } : undefined;
    }
    const code = DEMAND_NOUN_CODES.get(token.lemma);
    if (code && MAKERS.has(tokens[index + 1]?.lemma ?? '')) {
      const maker = groupAfter(tokens, groups, index + 1, 3, true);
      return maker && maker !== subject ? { code, maker, addressee: subject } : undefined;
    }
    // "agreed to a request": the verb's own "to" may come first.
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && !(index === match.lastWord + 1 && token.lemma === 'to')) return undefined;
  }
  return undefined;
}
