import type { Token } from '../../model/token.ts';

const phraseTags = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
const joiners = new Set(["'s", '’s', "'", 'of', '-', '&', 'for', 'the', 'with', 'in', 'at', 'from', 'close', 'near', 'to']);
const leadingJunk = new Set(["'s", '’s', "'", 'of', '-', '&', 'for', 'with', 'in', 'at', 'from', 'near', 'to', 'that', 'which', 'what']);
// Role nouns the tagger often reads as adjectives at the end of a title ("the foreign policy chief said").
const ROLE_NOUNS_TAGGED_ADJ = new Set(['chief', 'official', 'executive', 'representative', 'general', 'deputy', 'head']);

const leadingTimeWord = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)$/i;
const periodWord = /^(?:week|weekend|month|year|night|morning|evening)$/i;

/** Skips a time phrase that opens the sentence before the speaker: "(On) Wednesday the minister said", "Last week officials said". */
function afterLeadingTime(tokens: readonly Token[], first: number, last: number): number {
  let index = first;
  for (;;) {
    const text = tokens[index]?.text ?? '';
    if (index < last && leadingTimeWord.test(text)) index++;
    else if (index + 1 < last && /^(?:last|this|next|late|early)$/i.test(text) && periodWord.test(tokens[index + 1]?.text ?? '')) index += 2;
    else return index;
  }
}

const weekday = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** The index before a time phrase that ends at `index`: "on Tuesday", "late on Friday", "on Sunday night", "yesterday", "last week". */
function beforeTimePhrase(tokens: readonly Token[], index: number, sentenceFirst: number): number {
  const text = (i: number): string => tokens[i]?.text ?? '';
  let i = index;
  if (/^(?:night|morning|afternoon|evening)$/i.test(text(i)) && weekday.test(text(i - 1))) i--;
  if (weekday.test(text(i)) && /^on$/i.test(text(i - 1))) i -= /^(?:late|early)$/i.test(text(i - 2)) ? 3 : 2;
  else if (/^(?:yesterday|today|tonight)$/i.test(text(i)) && i > sentenceFirst) i--;
  else if (periodWord.test(text(i)) && /^(?:last|this)$/i.test(text(i - 1))) i -= 2;
  else return index;
  return i >= sentenceFirst ? i : index;
}

/**
 * Widens a speaker over the phrases coordinated before it: "…, witnesses and church officials said", "Russia and China
 * said", "the juntas of Guinea, Sierra Leone and Chad declared". The phrase before "and" must open the sentence or follow
 * a comma (so "troops killed five rebels and officials said" keeps "officials"); a list continues past commas over proper
 * names only, then over the words that lead into it ("the juntas of").
 */
function withCoordinated(tokens: readonly Token[], first: number, last: number, sentenceFirst: number): number {
  if (tokens[first - 1]?.lemma !== 'and' || first - 1 <= sentenceFirst) return first;
  const phraseStart = (end: number): number => {
    let i = end;
    while (i >= sentenceFirst && end - i < 6 && isPhraseToken(tokens[i]) && !joiners.has(tokens[i]?.lemma ?? '')) i--;
    return i + 1;
  };
  let start = phraseStart(first - 2);
  if (start > first - 2 || (start > sentenceFirst && tokens[start - 1]?.text !== ',')) return first;
  const isNames = (from: number, to: number): boolean => {
    for (let i = from; i <= to; i++) if (tokens[i]?.pos !== 'PROPN') return false;
    return true;
  };
  // "Guinea, Sierra Leone and Chad": earlier items of a list of names.
  while (start > sentenceFirst + 1 && tokens[start - 1]?.text === ',' && isNames(start, first - 2)) {
    const previous = phraseStart(start - 2);
    if (previous > start - 2 || !isNames(previous, start - 2)) break;
    start = previous;
  }
  // "the juntas of Mali…": the words that lead into the first name.
  while (start > sentenceFirst && last - start < 16 && isPhraseToken(tokens[start - 1]) && !/^(?:PRON|NUM)$/.test(tokens[start - 1]?.pos ?? '')) start--;
  return start;
}

// Nouns a clause with its own speaker hangs off: "a charge Islamabad rejected", "waters Britain insists were Iraqi".
const OBJECT_NOUNS = /^(?:charges?|claims?|accusations?|allegations?|moves?|decisions?|steps?|plans?|deals?|proposals?|waters|areas?|territory|territories|lands?|incidents?|attacks?|figures?|numbers?)$/i;

/** Starts the speaker after a noun that the speaker's clause describes: "a charge Islamabad rejected" is Islamabad's word. */
function afterObjectNoun(tokens: readonly Token[], first: number, last: number): number {
  for (let i = first; i < last; i++) {
    if (!OBJECT_NOUNS.test(tokens[i]?.text ?? '') || tokens[i]?.pos !== 'NOUN') continue;
    let isNames = true;
    for (let j = i + 1; j <= last; j++) if (tokens[j]?.pos !== 'PROPN') isNames = false;
    if (isNames) return i + 1;
  }
  return first;
}

/** Token range `[first, last]` of a phrase, inclusive. */
export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);

function isPossessiveBefore(tokens: readonly Token[], index: number, last: number): boolean {
  return index < last && POSSESSIVE_DETERMINERS.has(tokens[index]?.text.toLowerCase() ?? '');
}

function isPhraseToken(token: Token | undefined): boolean {
  return token !== undefined && (phraseTags.has(token.pos) || joiners.has(token.lemma) || (token.pos === 'PRON' && /^(?:he|she|it|they|we|i)$/i.test(token.text)));
}

/**
 * The subject noun phrase ending right before a reporting verb, walking back over auxiliaries ("has also said")
 * and over one comma-enclosed aside ("Shoigu, speaking to TASS on Tuesday, said").
 */
export function speakerBefore(tokens: readonly Token[], verb: number, sentenceFirst: number): TokenRange | undefined {
  let index = verb - 1;
  // "The ministry has also said", "Somalia's government on Tuesday rejected": auxiliaries, adverbs and a time phrase.
  for (let before = index + 1; before !== index; ) {
    before = index;
    while (index >= sentenceFirst && /^(?:AUX|PART|ADV)$/.test(tokens[index]?.pos ?? '') && !/^[,"“”]$/.test(tokens[index]?.text ?? '')) index--;
    const beforeTime = index;
    index = beforeTimePhrase(tokens, index, sentenceFirst);
    // "An annual survey released on Friday said": a participle after its noun is part of the speaker's phrase.
    if (index < beforeTime && tokens[index]?.pos === 'VERB' && /ed$/i.test(tokens[index]?.text ?? '') && /^(?:NOUN|PROPN)$/.test(tokens[index - 1]?.pos ?? '')) index--;
  }
  if (tokens[index]?.text === ',') {
    let open = index - 1;
    while (open > sentenceFirst && tokens[open]?.text !== ',' && !/^[.;:!?]$/.test(tokens[open]?.text ?? '')) open--;
    index = open > sentenceFirst && tokens[open]?.text === ',' ? open - 1 : index - 1;
  }
  const last = index;
  // "video footage it said showed": a pronoun is a whole speaker.
  if (tokens[last]?.pos === 'PRON' && isPhraseToken(tokens[last])) return { first: last, last };
  // A pronoun is a whole speaker or none: "…, it, he alleges" has the speaker "he".
  // "his office said": a possessive before the noun is part of the speaker.
  while (index >= sentenceFirst && (isPhraseToken(tokens[index]) || isPossessiveBefore(tokens, index, last)) && last - index < 10 && !(index < last && tokens[index]?.pos === 'PRON' && !isPossessiveBefore(tokens, index, last))) index--;
  // "flew into Lisbon on Friday to announce", "urged the ministry to explain": before an infinitive, a phrase that is the
  // object of a verb or a preposition is not who speaks.
  if (tokens[verb - 1]?.lemma === 'to' && /^(?:VERB|AUX|ADP)$/.test(tokens[index]?.pos ?? '')) return undefined;
  // "residents reached by telephone said": the noun before the participle speaks, when the agent is only a means ("a poll
  // published by Ethnos said" keeps the paper).
  const participle = tokens[index - 1];
  if (tokens[index]?.lemma === 'by' && index + 1 === last && tokens[last]?.pos === 'NOUN' && participle?.pos === 'VERB' && /ed$/i.test(participle.text) && /^(?:NOUN|PROPN)$/.test(tokens[index - 2]?.pos ?? '')) return speakerBefore(tokens, index - 1, sentenceFirst);
  let first = withCoordinated(tokens, index + 1, last, sentenceFirst);
  while (first <= last && leadingJunk.has(tokens[first]?.lemma ?? '')) first++;
  first = afterLeadingTime(tokens, first, last);
  first = afterObjectNoun(tokens, first, last);
  const head = tokens[last];
  const isHead = /^(?:PROPN|NOUN|PRON)$/.test(head?.pos ?? '') || (head?.pos === 'ADJ' && ROLE_NOUNS_TAGGED_ADJ.has(head.lemma));
  if (first > last || !isHead || /\d/.test(head?.text ?? '')) return undefined;
  return { first, last };
}

/** The noun phrase right after a token (an inverted speaker "…, said the minister", or the hearer of "told"). */
export function phraseAfter(tokens: readonly Token[], from: number, sentenceLast: number): TokenRange | undefined {
  let index = from;
  // A verb tag right before a noun is usually a mis-tagged modifier ("state/VERB reports").
  const isModifier = (i: number): boolean => tokens[i]?.pos === 'VERB' && /^(?:NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '');
  while (index <= sentenceLast && (isPhraseToken(tokens[index]) || isModifier(index)) && index - from < 10) index++;
  let last = index - 1;
  while (last >= from && joiners.has(tokens[last]?.lemma ?? '')) last--;
  return last >= from ? { first: from, last } : undefined;
}
