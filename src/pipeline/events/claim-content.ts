import type { Token } from '../../model/token.ts';

/** Nouns whose that-clause or of-phrase tells what someone says happened, not what the sentence reports as fact. */
const CLAIM_NOUNS = new Set(['accusation', 'allegation', 'claim', 'report', 'rumour', 'rumor', 'suspicion', 'charge', 'speculation', 'suggestion']);
const CONTENT_WORDS = new Set(['that', 'of', 'including']);
// Verbs that assert a report they govern: "confirmed reports that…" states the act as fact.
const ASSERTING = new Set(['confirm', 'verify', 'corroborate', 'substantiate']);
// "would not confirm", "declined to confirm", "could neither confirm nor deny": the report stays unasserted.
const DOUBTING = new Set(['not', "n't", 'never', 'neither', 'nor', 'to', 'without']);
const GOVERNOR_REACH = 3;
const CLAUSE_REACH = 7;
const NOUN_REACH = 7;

/**
 * "dismissed allegations from a rights group that its police had shot marchers", "would not confirm reports that Cairo
 * had sold it jets", "held on charges including aiding a banned group": the act is what a charge or a report says,
 * which the sentence does not assert (the charge itself is coded by its own rows). A pattern that reaches back over the
 * "that" to its own word ("a charge that Quito denied") reads it as a relative: the verb is said of the charge itself.
 */
export function isClaimContent(tokens: readonly Token[], index: number, sentenceStart: number, patternStart?: number): boolean {
  for (let at = index - 1; at >= Math.max(sentenceStart, index - CLAUSE_REACH); at--) {
    const token = tokens[at];
    if (!token || token.pos === 'PUNCT') return false;
    // "a dossier that accused Kigali…": a relative "that" right before the verb makes the report the actor, which is coded.
    if (token.lemma === 'that') return at < index - 1 && !(patternStart !== undefined && patternStart < at) && hasClaimNounBefore(tokens, at, sentenceStart);
    if (CONTENT_WORDS.has(token.text.toLowerCase()) && tokens[index]?.text.endsWith('ing') === true) return hasClaimNounBefore(tokens, at, sentenceStart);
    if (token.pos === 'VERB' && !/^(had|has|have|been|being)$/i.test(token.text)) return false;
  }
  return false;
}

function hasClaimNounBefore(tokens: readonly Token[], from: number, sentenceStart: number): boolean {
  for (let at = from - 1; at >= Math.max(sentenceStart, from - NOUN_REACH); at--) {
    const token = tokens[at];
    // "accusations by Human Rights Watch that…": a capitalised word tagged as a verb is part of a name.
    if (!token || token.pos === 'PUNCT' || (token.pos === 'VERB' && !/^\p{Lu}/u.test(token.text))) return false;
    if (token.pos === 'NOUN' && CLAIM_NOUNS.has(token.lemma)) return !isAsserted(tokens, at, sentenceStart);
  }
  return false;
}

/** "Kyiv confirmed reports that…": the claim noun is the object of a verb that asserts it, not negated or merely sought. */
function isAsserted(tokens: readonly Token[], noun: number, sentenceStart: number): boolean {
  for (let at = noun - 1; at >= Math.max(sentenceStart, noun - GOVERNOR_REACH); at--) {
    const token = tokens[at];
    if (!token) return false;
    if (ASSERTING.has(token.lemma)) return !DOUBTING.has(tokens[at - 1]?.text.toLowerCase() ?? '') && !DOUBTING.has(tokens[at - 2]?.text.toLowerCase() ?? '');
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'PROPN') return false;
  }
  return false;
}
