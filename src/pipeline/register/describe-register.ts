import type { AnalyzedDocument } from '../../model/document.ts';
import type { Register, RegisterSpan } from '../../model/register.ts';
import { WordCache } from '../../model/word-ids.ts';
import { tokenForms } from '../token-forms.ts';

/** The style measures behind the profile, per 100 words unless said otherwise. */
export interface RegisterMeasures {
  readonly informality: number;
  readonly hedging: number;
  readonly editorial: number;
  readonly sensational: number;
  readonly isClickbait: boolean;
}

/** Per word id: 1 for a chatty marker, 2 for "n't" (half a marker when it follows its verb unspaced), 0 for the rest. */
const MARKER_BY_ID = new WordCache<number>();

function markerOf(word: string): number {
  if (word === '!' || word === "'re" || word === "'ve" || word === "'ll" || word === 'you' || word === "let's") return 1;
  return word === "n't" ? 2 : 0;
}

/** Chatty markers that are not in the lexicons: contractions, exclamations, the reader addressed as "you". */
function conversationalMarkers(doc: AnalyzedDocument): number {
  const { word: wordAt, id } = tokenForms(doc.tokens);
  const byId = MARKER_BY_ID.entries();
  // Counted in halves, an integer: a running sum that turned fractional deoptimised the optimised loop once per process.
  let halves = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const wordId = id[i] as number;
    let marker = byId[wordId];
    if (marker === undefined) byId[wordId] = marker = markerOf(wordAt[i] as string);
    if (marker === 1) halves += 2;
    else if (marker === 2 && doc.tokens[i]?.precededBySpace === false) halves++;
  }
  return halves / 2;
}

/** Measures informality (0..1), hedging (0..1) and the editorial/sensational densities from the flagged spans. */
export function measureRegister(doc: AnalyzedDocument, spans: readonly RegisterSpan[], isClickbait: boolean): RegisterMeasures {
  const words = Math.max(1, tokenForms(doc.tokens).hasLetter.reduce((sum, flag) => sum + flag, 0));
  const per100 = (n: number): number => (100 * n) / words;
  const count = (...kinds: string[]): number => spans.filter((span) => kinds.includes(span.kind)).length;
  const chatty = per100(count('slang', 'idiom') + 0.5 * conversationalMarkers(doc));
  const hedgedClaims = doc.claims.filter((claim) => claim.isHedged).length;
  const hedges = count('hedge') + hedgedClaims;
  const sentences = Math.max(1, doc.sentences.length);
  return {
    informality: round(1 - Math.exp(-chatty / 2.5)),
    hedging: round(1 - Math.exp((-3 * hedges) / sentences)),
    editorial: per100(count('editorial')),
    sensational: per100(count('sensational') + (isClickbait ? 2 : 0)),
    isClickbait,
  };
}

/** Neutral wire copy, opinion, tabloid or an informal retelling: the dominant style of the article. */
export function profileOf(measures: RegisterMeasures): Register['profile'] {
  if (measures.sensational >= 1.5 || (measures.isClickbait && measures.sensational >= 0.8)) return 'tabloid';
  if (measures.informality >= 0.45) return 'informal-retelling';
  if (measures.editorial >= 0.8) return 'opinion';
  return 'neutral';
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
