import { caseClass, documentCasing, intrinsicFeatures, isShouted, neighbourFeature, NEIGHBOUR_TEMPLATES, sentenceFeatures, type DocumentCasing } from './ner-features.ts';
import { harmoniseLabels } from './harmonise-labels.ts';
import type { NerModel } from './ner-model.ts';
import type { PhraseLexicon } from './phrase-lexicon.ts';

/** Feature lists for every sentence of an article (shared by training, evaluation and the pipeline). */
export function featurizeArticle(sentences: readonly (readonly string[])[], lexicon: PhraseLexicon): string[][][] {
  const casing = documentCasing(sentences);
  return sentences.map((words) => sentenceFeatures(words, lexicon.tag(words), casing));
}

/** What the recogniser remembers about a word: an id, its casing class, and the weight rows of its own features. */
interface WordRows {
  readonly id: number;
  readonly lower: string;
  readonly kind: string;
  readonly kindIndex: number;
  /** Summed weights of the word's own features (word, lower case, shape, affixes). */
  readonly intrinsic: Float32Array;
  readonly neighbour: Int32Array;
}

const KINDS = ['Xx', 'X', 'x', 'd', 'p', 'm'];
const FIRST_AT = ['<s>', ...KINDS];
const LAST_AT = [...KINDS, '</s>'];
// Bounds the per-word caches; news vocabularies stay well under it, and clearing only costs recomputation.
const MAX_CACHED_WORDS = 200_000;
const UNKNOWN = -2;
const POSITIONS = ['in', 'first', 'caps'] as const;

/**
 * The learned recogniser with its gazetteer: words of a whole article in, IOB2 tags out. It computes exactly the
 * features of `sentenceFeatures`, but looks each distinct word, word pair and casing pattern up once, not per token.
 */
export class NerRecogniser {
  private readonly words = new Map<string, WordRows>();
  private readonly pairs: Map<number, Map<number, number>>[] = [new Map(), new Map()];
  private pairCount = 0;
  private readonly rowCache = new Map<string, number>();
  private readonly casingRows = new Int32Array(8 * 8 * 8).fill(UNKNOWN);
  private readonly contextRows = new Int32Array(KINDS.length * 4).fill(UNKNOWN);
  private readonly documentCasingRows = new Int32Array(6).fill(UNKNOWN);
  private readonly edges: Int32Array;
  private readonly bias: number;

  constructor(
    readonly model: NerModel,
    private readonly lexicon: PhraseLexicon,
  ) {
    this.edges = Int32Array.from(NEIGHBOUR_TEMPLATES, (template) => model.rowOf(neighbourFeature(template, undefined)));
    this.bias = model.rowOf('b');
  }

  /**
   * Tags every sentence of one article; the article is the unit because casing evidence and full names are shared
   * across it. Before harmonising, the labels are exactly those of `model.predict(featurizeArticle(…))`.
   */
  label(sentences: readonly (readonly string[])[]): string[][] {
    if (this.pairCount > 4 * MAX_CACHED_WORDS) this.clearCaches();
    // The same evidence as `documentCasing`, read from the word cache instead of recomputing casing classes.
    const capitalisedMidSentence = new Set<string>();
    const seenLowercase = new Set<string>();
    const prepared = sentences.map((words) => {
      const shouted = isShouted(words);
      const rows = words.map((word, i) => {
        const row = this.rowsOf(word);
        if (row.kind === 'x') seenLowercase.add(word);
        else if (!shouted && i > 0 && row.kind === 'Xx') capitalisedMidSentence.add(row.lower);
        return row;
      });
      return { words, rows, shouted };
    });
    const casing: DocumentCasing = { capitalisedMidSentence, seenLowercase };
    const labels = prepared.map(({ words, rows, shouted }) => this.labelSentence(words, rows, shouted, casing));
    return harmoniseLabels(sentences, labels);
  }

  private labelSentence(words: readonly string[], rows: readonly WordRows[], shouted: boolean, casing: DocumentCasing): string[] {
    const model = this.model;
    const size = model.labels.length;
    const count = words.length;
    const gazetteer = this.lexicon.tag(words);
    const scores = new Float32Array(count * size);
    for (let i = 0; i < count; i++) {
      const word = rows[i];
      if (!word) continue;
      const left = rows[i - 1];
      const right = rows[i + 1];
      model.addVector(scores, i, word.intrinsic);
      for (let t = 0; t < NEIGHBOUR_TEMPLATES.length; t++) {
        const neighbour = rows[i + (NEIGHBOUR_TEMPLATES[t]?.offset ?? 0)];
        model.addRow(scores, i, neighbour ? (neighbour.neighbour[t] ?? -1) : (this.edges[t] ?? -1));
      }
      model.addRow(scores, i, this.bias);
      model.addRow(scores, i, this.contextRow(word, i === 0, shouted));
      model.addRow(scores, i, this.pairRow(left, word, 0));
      model.addRow(scores, i, this.pairRow(word, right, 1));
      model.addRow(scores, i, this.casingRow(left ? left.kindIndex + 1 : 0, word.kindIndex, right ? right.kindIndex : KINDS.length));
      for (const tag of gazetteer[i] ?? []) {
        model.addRow(scores, i, this.cached(`g=${tag}`));
        model.addRow(scores, i, this.cached(`gc=${tag}|${word.kind}`));
      }
      for (const tag of gazetteer[i - 1] ?? []) model.addRow(scores, i, this.cached(`g-1=${tag}`));
      for (const tag of gazetteer[i + 1] ?? []) model.addRow(scores, i, this.cached(`g+1=${tag}`));
      if (word.kind !== 'x' && word.kind !== 'd' && word.kind !== 'p') {
        const position = shouted ? 2 : i === 0 ? 1 : 0;
        if (casing.capitalisedMidSentence.has(word.lower)) model.addRow(scores, i, this.documentCasingRow(0, position));
        if (casing.seenLowercase.has(word.lower)) model.addRow(scores, i, this.documentCasingRow(1, position));
      }
    }
    return model.decode(scores, count).map((label) => model.labels[label] ?? 'O');
  }

  private cached(feature: string): number {
    let row = this.rowCache.get(feature);
    if (row === undefined) {
      row = this.model.rowOf(feature);
      if (this.rowCache.size < 10_000) this.rowCache.set(feature, row);
    }
    return row;
  }

  /** `l-1|l=` (side 0) or `l|l+1=` (side 1) for two neighbouring words, either of which may be a sentence edge. */
  private pairRow(left: WordRows | undefined, right: WordRows | undefined, side: 0 | 1): number {
    const leftId = left ? left.id : -1;
    const rightId = right ? right.id : -1;
    const table = this.pairs[side] ?? new Map<number, Map<number, number>>();
    let byRight = table.get(leftId);
    if (!byRight) table.set(leftId, (byRight = new Map()));
    let row = byRight.get(rightId);
    if (row === undefined) {
      const pair = `${left ? left.lower : '<s>'}|${right ? right.lower : '</s>'}`;
      row = this.model.rowOf(side === 0 ? `l-1|l=${pair}` : `l|l+1=${pair}`);
      byRight.set(rightId, row);
      this.pairCount++;
    }
    return row;
  }

  /** `c=kind|first/in|caps/norm`: one of 24 rows, so the key string is built once per analyzer, not per word. */
  private contextRow(word: WordRows, isFirst: boolean, shouted: boolean): number {
    const key = (word.kindIndex * 2 + (isFirst ? 1 : 0)) * 2 + (shouted ? 1 : 0);
    let row = this.contextRows[key] ?? UNKNOWN;
    if (row === UNKNOWN) {
      row = this.model.rowOf(`c=${word.kind}|${isFirst ? 'first' : 'in'}|${shouted ? 'caps' : 'norm'}`);
      this.contextRows[key] = row;
    }
    return row;
  }

  /** `d=cap|low` × `in|first|caps`: six rows looked up once instead of a key string per capitalised word. */
  private documentCasingRow(evidence: 0 | 1, position: 0 | 1 | 2): number {
    const key = evidence * 3 + position;
    let row = this.documentCasingRows[key] ?? UNKNOWN;
    if (row === UNKNOWN) {
      row = this.model.rowOf(`d=${evidence === 0 ? 'cap' : 'low'}|${POSITIONS[position]}`);
      this.documentCasingRows[key] = row;
    }
    return row;
  }

  private casingRow(left: number, kind: number, right: number): number {
    const key = (left * 8 + kind) * 8 + right;
    let row = this.casingRows[key] ?? UNKNOWN;
    if (row === UNKNOWN) {
      row = this.model.rowOf(`cs=${FIRST_AT[left] ?? ''}|${KINDS[kind] ?? ''}|${LAST_AT[right] ?? ''}`);
      this.casingRows[key] = row;
    }
    return row;
  }

  private rowsOf(word: string): WordRows {
    let rows = this.words.get(word);
    if (!rows) {
      if (this.words.size >= MAX_CACHED_WORDS) this.clearCaches();
      const kind = caseClass(word);
      rows = {
        id: this.words.size,
        lower: word.toLowerCase(),
        kind,
        kindIndex: KINDS.indexOf(kind),
        intrinsic: this.model.sumRows(intrinsicFeatures(word).map((f) => this.model.rowOf(f))),
        neighbour: Int32Array.from(NEIGHBOUR_TEMPLATES, (template) => this.model.rowOf(neighbourFeature(template, word))),
      };
      this.words.set(word, rows);
    }
    return rows;
  }

  private clearCaches(): void {
    this.words.clear();
    for (const table of this.pairs) table.clear();
    this.pairCount = 0;
  }
}
