import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { groupAfter } from './group-after.ts';
import { DEMAND_NOUN_CODES, type MadeDemand } from './find-agents.ts';
import type { TriggerMatch } from './find-trigger.ts';

const MAKERS = new Set(['from', 'by']);
const NOUN_GAP = 4;
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
// Rejecting (12), agreeing to (03, 05) or yielding to (08) a request all say that it was made.
const ANSWERING_ROOTS = new Set(['03', '05', '08', '12']);
/** A charge denied or rejected ("denied accusations by Maduro that…") was made: an accusation (112) by its maker. */
const CHARGE_NOUNS = new Set(['accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges']);
const ANSWERING_CHARGES = new Set(['016', '120']);

/**
 * "Russia turned down a request from Kyrgyzstan to send troops", "agreed to a request by Colombia", "rejected Hamas's
 * demands": the request answered was made, by the actor after "from" or "by" or before "'s", of the side that answers it;
 * so was a charge denied or rejected ("denied accusations by Minsk that it was funding the strikers": 112).
 */
export function answeredRequest(tokens: readonly Token[], groups: readonly ActorGroup[], match: TriggerMatch, subject: ActorGroup | undefined): MadeDemand | undefined {
  if (!subject || match.pattern.isNoun) return undefined;
  const isDenial = ANSWERING_CHARGES.has(match.pattern.code);
  if (!isDenial && !ANSWERING_ROOTS.has(match.pattern.code.slice(0, 2))) return undefined;
  const requestCode = (lemma: string, text: string): string | undefined => (isDenial && CHARGE_NOUNS.has(text.toLowerCase()) ? '112' : undefined) ?? (match.pattern.code.startsWith('01') ? undefined : DEMAND_NOUN_CODES.get(lemma));
  // "rejected calls from the African Union for talks": the request may be a word of the pattern itself.
  for (const word of match.words) {
    const code = requestCode(tokens[word]?.lemma ?? '', tokens[word]?.text ?? '');
    if (!code || !MAKERS.has(tokens[word + 1]?.lemma ?? '')) continue;
    const maker = groupAfter(tokens, groups, word + 1, 3, true);
    return maker && maker !== subject ? { code, maker, addressee: subject } : undefined;
  }
  for (let index = match.lastWord + 1; index <= match.lastWord + NOUN_GAP; index++) {
    const token = tokens[index];
    if (!token) return undefined;
    // "rejected Kyiv's demands for a full pullback": the maker named as the possessor.
    const possessor = groups.find((group) => group.first === index);
    if (possessor && POSSESSIVE.has(tokens[possessor.last + 1]?.text ?? '')) {
      const possessed = requestCode(tokens[possessor.last + 2]?.lemma ?? '', tokens[possessor.last + 2]?.text ?? '');
      return possessed && possessor !== subject ? { code: possessed, maker: possessor, addressee: subject } : undefined;
    }
    const code = requestCode(token.lemma, token.text);
    if (code && MAKERS.has(tokens[index + 1]?.lemma ?? '')) {
      const maker = groupAfter(tokens, groups, index + 1, 3, true);
      return maker && maker !== subject ? { code, maker, addressee: subject } : undefined;
    }
    // "agreed to a request": the verb's own "to" may come first.
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && !(index === match.lastWord + 1 && token.lemma === 'to')) return undefined;
  }
  return undefined;
}
