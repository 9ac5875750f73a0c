/** `hasOtherPredicate`, whether a verb between a candidate subject and the trigger takes that subject, and the phrases that lead into "to". */

import type { Token } from '../../model/token.ts';

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'that']);

/**
 * A verb between a candidate subject and the trigger usually has that subject instead ("…, the agency said"), unless
 * it leads into the trigger ("plans to send", "helped Russia repel") or into a pronoun standing for it ("said he would").
 */
export function hasOtherPredicate(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index <= to; index++) {
    const token = tokens[index];
    if (token?.pos !== 'VERB') continue;
    const next = tokens[index + 1];
    if (next && (next.lemma === 'to' || PRONOUNS.has(next.lemma) || index + 1 > to || next.pos === 'VERB' || toAfterTimePhrase(tokens, index + 1) >= 0)) continue;
    // "it remained keen to improve…": a linking verb and its adjective lead into "to" like "wanted to" does.
    if (LINKING_VERBS.has(token.lemma) && adjectiveThenTo(tokens, index + 1, to)) continue;
    // "gave the order to expel", "took the decision to close": a verb and its noun of deciding lead into "to".
    if (decisionTo(tokens, index + 1, to) !== undefined) continue;
    // "Police beat and detained dozens": a verb joined to the trigger by "and" shares its subject.
    if (next?.lemma === 'and' && index + 2 === to + 1 && tokens[index - 1]?.pos !== 'AUX' && !token.text.endsWith('ing')) continue;
    // "The Syrian army, backed by Russian air strikes, recaptured…": a participle phrase set off by commas.
    if (next?.lemma === 'by' && tokens[index - 1]?.text === ',') continue;
    // "Farm workers wearing straw hats blocked…": what the group carries or wears describes it, no predicate of its own.
    if (isDescribingParticiple(tokens, from, index, to)) continue;
    if (!isParticipleModifier(tokens, index)) return true;
  }
  return false;
}

/** "agreed to", "agreed on Friday to", "agreed in Paris to", "voted unanimously to": where "to" is past adverbs and a day or place; -1 if it does not follow. */
export function toAfterTimePhrase(tokens: readonly Token[], from: number): number {
  let index = from;
  while (tokens[index]?.pos === 'ADV') index++;
  // "on Friday", "in Paris".
  if ((tokens[index]?.lemma === 'on' || tokens[index]?.lemma === 'in') && tokens[index + 1]?.pos === 'PROPN') index += 2;
  while (tokens[index]?.pos === 'ADV') index++;
  return tokens[index]?.lemma === 'to' ? index : -1;
}

// "stood ready to host talks": 'stand' links a readiness as 'remain' does.
const LINKING_VERBS = new Set(['remain', 'stay', 'stand', 'seem', 'appear', 'become', 'look', 'feel', 'grow', 'prove']);

/** Adverbs and at least one adjective, then "to": "keen to", "still very eager to". */
function adjectiveThenTo(tokens: readonly Token[], from: number, to: number): boolean {
  let sawAdjective = false;
  for (let index = from; index <= to + 1; index++) {
    const token = tokens[index];
    if (token?.lemma === 'to') return sawAdjective;
    if (token?.pos === 'ADJ') sawAdjective = true;
    else if (token?.pos !== 'ADV') return false;
  }
  return false;
}

const DECISION_NOUNS = new Set(['order', 'decision', 'instruction', 'permission', 'go-ahead', 'approval', 'step', 'right']);

/** Determiners and adjectives, a noun of deciding or allowing, then "to" ("the order to", "the unprecedented step to"): where "to" is. */
export function decisionTo(tokens: readonly Token[], from: number, to: number): number | undefined {
  for (let index = from; index <= Math.min(to, from + 3); index++) {
    const token = tokens[index];
    if (DECISION_NOUNS.has(token?.lemma ?? '')) return tokens[index + 1]?.lemma === 'to' ? index + 1 : undefined;
    if (token?.pos !== 'DET' && token?.pos !== 'ADJ') return undefined;
  }
  return undefined;
}

const CARRYING = new Set(['wielding', 'carrying', 'wearing', 'brandishing']);

/** What may follow a describing participle up to the name it describes. */
const DESCRIBED_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'CCONJ']);

/**
 * "Dock workers carrying placards blocked…": a participle of carrying or wearing between a group's nouns and the verb,
 * with only the things carried after it, describes the group; it is no predicate of its own.
 */
function isDescribingParticiple(tokens: readonly Token[], from: number, index: number, to: number): boolean {
  if (!CARRYING.has(tokens[index]?.text.toLowerCase() ?? '')) return false;
  for (let at = from; at < index; at++) if (tokens[at]?.pos !== 'NOUN') return false;
  for (let at = index + 1; at <= to; at++) if (!DESCRIBED_PHRASE_TAGS.has(tokens[at]?.pos ?? '')) return false;
  return true;
}

/** "the affected villages", "Saudi-led coalition": a participle after a determiner or glued by a hyphen modifies, it does not predicate. */
function isParticipleModifier(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous?.pos === 'DET' || previous?.pos === 'ADJ' || (previous?.text === '-' && tokens[index]?.precededBySpace === false) || isAlliedAfterLink(tokens, index);
}

// Participles that say a group fights beside the one named before it.
const ALLIED = new Set(['allied', 'affiliated', 'aligned']);

/** "allied", "affiliated", "aligned". */
export function isAllied(token: Token | undefined): boolean {
  return ALLIED.has(token?.text.toLowerCase() ?? '');
}

/** "Boko Haram and allied gunmen attacked…": after "and" or "or", "allied" describes the next group; it is no verb of the subject. */
function isAlliedAfterLink(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1]?.lemma;
  const next = tokens[index + 1]?.pos;
  return isAllied(tokens[index]) && (previous === 'and' || previous === 'or') && (next === 'NOUN' || next === 'ADJ' || next === 'PROPN');
}
