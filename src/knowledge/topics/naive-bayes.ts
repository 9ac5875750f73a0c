import { textFeatures } from './text-features.ts';

/** A multinomial naive Bayes topic model as saved on disk: per-class term counts, so it can be merged and inspected. */
export interface NaiveBayesModel {
  readonly kind: 'naive-bayes';
  readonly name: string;
  readonly classes: readonly string[];
  /** Training documents per class (the prior). */
  readonly docCounts: readonly number[];
  /** Total term count per class. */
  readonly totals: readonly number[];
  /** term -> count per class, aligned with `classes`. */
  readonly terms: Readonly<Record<string, readonly number[]>>;
  readonly trainedOn?: string;
}

/** One labelled example for training: its text and one or more labels. */
export interface LabelledText {
  readonly text: string;
  readonly labels: readonly string[];
}

const SMOOTHING = 0.1;

/** Counts features per class; a multi-label example counts towards each of its labels. */
export function trainNaiveBayes(
  examples: readonly LabelledText[],
  name: string,
  options: { minCount?: number; trainedOn?: string } = {},
): NaiveBayesModel {
  const classes = [...new Set(examples.flatMap((example) => example.labels))].sort();
  const index = new Map(classes.map((label, i) => [label, i]));
  const docCounts = classes.map(() => 0);
  const counts = new Map<string, number[]>();
  for (const example of examples) {
    const features = textFeatures(example.text);
    for (const label of example.labels) {
      const c = index.get(label) ?? 0;
      docCounts[c] = (docCounts[c] ?? 0) + 1;
      for (const feature of features) {
        let row = counts.get(feature);
        if (!row) counts.set(feature, (row = classes.map(() => 0)));
        row[c] = (row[c] ?? 0) + 1;
      }
    }
  }
  const minCount = options.minCount ?? 1;
  const terms: Record<string, number[]> = {};
  const totals = classes.map(() => 0);
  for (const [feature, row] of counts) {
    if (row.reduce((a, b) => a + b, 0) < minCount) continue;
    terms[feature] = row;
    row.forEach((n, c) => (totals[c] = (totals[c] ?? 0) + n));
  }
  return { kind: 'naive-bayes', name, classes, docCounts, totals, terms, ...(options.trainedOn ? { trainedOn: options.trainedOn } : {}) };
}

/** A model ready for scoring: log-probabilities computed once when the analyzer is built. */
export interface CompiledNaiveBayes {
  readonly model: NaiveBayesModel;
  readonly logPrior: readonly number[];
  /**
   * term -> [background log-prob, class log-probs…]. Every row is a view into one buffer, in term order, so a row's
   * offset in it is its term's number: scoring counts repeated terms without a map per article.
   */
  readonly logProb: ReadonlyMap<string, Float64Array>;
  /** The buffer every `logProb` row is a view into. */
  readonly rows: Float64Array;
  /** Scratch for `scoreKnownTerms`, one entry per term, -1 between calls (analysis is synchronous, so one suffices). */
  readonly slotOfTerm: Int32Array;
}

/** Turns counts into log-probabilities once, so scoring an article is a few map look-ups per word. */
export function compileNaiveBayes(model: NaiveBayesModel): CompiledNaiveBayes {
  const entries = Object.entries(model.terms);
  const vocabulary = entries.length;
  const grand = model.totals.reduce((a, b) => a + b, 0);
  const logProb = new Map<string, Float64Array>();
  const width = model.classes.length + 1;
  const buffer = new Float64Array(entries.length * width);
  for (const [term, row] of entries) {
    if (row.length + 1 !== width) throw new Error(`Expected ${width - 1} counts for the topic term \`${term}\`, got ${row.length}.`);
    const values = buffer.subarray(logProb.size * width, (logProb.size + 1) * width);
    values[0] = Math.log((row.reduce((a, b) => a + b, 0) + SMOOTHING) / (grand + SMOOTHING * vocabulary));
    row.forEach((n, c) => (values[c + 1] = Math.log((n + SMOOTHING) / ((model.totals[c] ?? 0) + SMOOTHING * vocabulary))));
    logProb.set(term, values);
  }
  const docs = model.docCounts.reduce((a, b) => a + b, 0);
  const logPrior = model.docCounts.map((n) => Math.log((n + 1) / (docs + model.classes.length)));
  return { model, logPrior, logProb, rows: buffer, slotOfTerm: new Int32Array(logProb.size).fill(-1) };
}

/** Log-likelihood ratio of each class against the background, and the terms that pulled hardest towards it. */
export interface NaiveBayesScores {
  /** Per class: log P(features | class) - log P(features | all classes pooled). */
  readonly logRatio: readonly number[];
  /** How many features the model knew. */
  readonly known: number;
  readonly evidence: readonly (readonly string[])[];
}

/** Classes whose evidence terms are listed: the leaders, since nobody reads why a topic scored 0.001. */
const EVIDENCE_CLASSES = 3;
const EVIDENCE_TERMS = 6;

/** Scores a bag of features; unknown features are skipped so vocabulary drift costs nothing. */
export function scoreNaiveBayes(compiled: CompiledNaiveBayes, features: readonly string[]): NaiveBayesScores {
  const terms: string[] = [];
  const rows: Float64Array[] = [];
  for (const feature of features) {
    const values = compiled.logProb.get(feature);
    if (!values) continue;
    terms.push(feature);
    rows.push(values);
  }
  return scoreKnownTerms(compiled, terms, rows);
}

/**
 * Scores features already looked up in the model, in text order: `terms[i]` with its row of `logProb`. The topics
 * stage looks features up once for the model and the lexicons together, so it calls this directly.
 */
export function scoreKnownTerms(compiled: CompiledNaiveBayes, terms: readonly string[], rows: readonly Float64Array[]): NaiveBayesScores {
  const classCount = compiled.model.classes.length;
  const sums = new Float64Array(classCount);
  // Distinct terms in order of first occurrence, as columns: one index entry per term rather than an object each.
  const known: KnownTerms = { ids: [], terms: [], rows: [], counts: [] };
  try {
    sumTermRows(compiled, terms, rows, sums, known);
  } finally {
    releaseSlots(compiled.slotOfTerm, known.ids);
  }
  const logRatio = Array.from(sums);
  // Arrays here are pushed, not `map`ped or sliced: optimised `map` and `slice` return holey arrays where the
  // interpreter's are packed, and the code V8 once compiled on the spot in the loop of `sumTermRows`, then inlined here,
  // failed a map check on them in every later call (`--trace-deopt`).
  const ranked: (readonly [number, number])[] = [];
  for (let c = 0; c < classCount; c++) ranked.push([logRatio[c] as number, c]);
  ranked.sort((a, b) => b[0] - a[0]);
  const evidence: string[][] = [];
  for (let c = 0; c < classCount; c++) evidence.push([]);
  for (let k = 0; k < EVIDENCE_CLASSES && k < classCount; k++) {
    const c = (ranked[k] as readonly [number, number])[1];
    evidence[c] = topPulls(known, c);
  }
  return { logRatio, known: terms.length, evidence };
}

/**
 * Adds each term's class log-ratios into `sums` and collects the distinct terms into `known`. A function of its own so
 * that a long article's loop is compiled on the spot (on-stack replacement) here, not in `scoreKnownTerms`.
 */
function sumTermRows(compiled: CompiledNaiveBayes, terms: readonly string[], rows: readonly Float64Array[], sums: Float64Array, known: KnownTerms): void {
  const classCount = sums.length;
  const rowBytes = (classCount + 1) * Float64Array.BYTES_PER_ELEMENT;
  const slotOfTerm = compiled.slotOfTerm;
  for (let i = 0; i < terms.length; i++) {
    const values = rows[i] as Float64Array;
    const id = values.byteOffset / rowBytes;
    const at = slotOfTerm[id];
    if (at === undefined || values.buffer !== compiled.rows.buffer || values.length !== classCount + 1) throw new Error(`Expected a row of this model's \`logProb\` for \`${terms[i]}\`.`);
    if (at < 0) {
      slotOfTerm[id] = known.terms.length;
      known.ids.push(id);
      known.terms.push(terms[i] as string);
      known.rows.push(values);
      known.counts.push(1);
    } else known.counts[at] = (known.counts[at] ?? 0) + 1;
    const bg = values[0] as number;
    // Summed in text order, the same additions in the same order as ever: the scores stay bit-identical.
    for (let c = 0; c < classCount; c++) sums[c] = (sums[c] as number) + (values[c + 1] as number) - bg;
  }
}

/** Sets the slots `sumTermRows` used back to -1, ready for the next call. */
function releaseSlots(slotOfTerm: Int32Array, ids: readonly number[]): void {
  for (let k = 0; k < ids.length; k++) slotOfTerm[ids[k] as number] = -1;
}

interface KnownTerms {
  readonly ids: number[];
  readonly terms: string[];
  readonly rows: Float64Array[];
  readonly counts: number[];
}

function topPulls(known: KnownTerms, c: number): string[] {
  const pulls: [string, number][] = [];
  for (let i = 0; i < known.terms.length; i++) {
    const values = known.rows[i] as Float64Array;
    const pull = (known.counts[i] ?? 0) * ((values[c + 1] ?? 0) - (values[0] ?? 0));
    if (pull > 0.5) pulls.push([known.terms[i] as string, pull]);
  }
  pulls.sort((a, b) => b[1] - a[1]);
  const top: string[] = [];
  for (let i = 0; i < pulls.length && i < EVIDENCE_TERMS; i++) top.push((pulls[i] as [string, number])[0]);
  return top;
}

/** Posterior probability per class with the training priors: a softmax over prior + log-ratio. */
export function naiveBayesPosterior(compiled: CompiledNaiveBayes, scores: NaiveBayesScores): number[] {
  const logits = scores.logRatio.map((ratio, c) => ratio + (compiled.logPrior[c] ?? 0));
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}
