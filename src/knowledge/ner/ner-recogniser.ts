import { buildFeatureTables, LOWER_FAMILIES, PAIR_AFTER, PAIR_BEFORE, SHAPE_FAMILIES, type FeatureTables } from './feature-tables.ts';
import { AFFIX_LENGTH, casedLetters, caseClass, documentCasing, isShoutedCount, neighbourFeature, NEIGHBOUR_TEMPLATES, sentenceFeatures, wordShape } from './ner-features.ts';
import { harmoniseLabels } from './harmonise-labels.ts';
import { labelClubsInFrames } from './club-frames.ts';
import { labelPlacesInFrames } from './place-frames.ts';
import { DECODE_WORDS, type NerModel } from './ner-model.ts';
import { startsUpper, type PhraseLexicon } from './phrase-lexicon.ts';
import { WordCache, WORDS } from '../../model/word-ids.ts';

/** Feature lists for every sentence of an article (shared by training, evaluation and the pipeline). */
export function featurizeArticle(sentences: readonly (readonly string[])[], lexicon: PhraseLexicon): string[][][] {
  const casing = documentCasing(sentences);
  return sentences.map((words) => sentenceFeatures(words, lexicon.tag(words), casing));
}

/** A lower-cased form shared by all its casings: its id among the model's word pairs and the article casing seen. */
interface LowerForm {
  readonly text: string;
  /** Id in the word-pair table, or -1 when the model has no `l-1|l=`/`l|l+1=` feature with this form. */
  readonly pairId: number;
  /** Where its LOWER_FAMILIES rows are in the feature tables (-1: none). */
  readonly lowerAt: number;
  /** Contains `|`, the pair features' separator: its pairs are looked up by their feature string instead. */
  readonly hasBar: boolean;
  /** The article (by `label` call number) in which it was last seen capitalised mid-sentence, or in lower case. */
  capitalisedIn: number;
  lowercaseIn: number;
}

/** What the recogniser remembers about a word: its lower-cased form, casing class, and the label scores it adds. */
interface WordRows {
  readonly form: LowerForm;
  readonly kindIndex: number;
  readonly letters: number;
  readonly upper: number;
  /** Capitalised, and the gazetteer has a name starting with it: only such words can begin a gazetteer tag. */
  readonly startsName: boolean;
  /** Capitalised, and a known place's name starts with it (`labelPlacesInFrames`). */
  readonly startsPlace: boolean;
  /**
   * Where its score vectors start in the recogniser's vector pool: `labels` scores per slot, slot 0 for its own
   * features, slot 1 + s for what it adds to the word NEIGHBOUR_OFFSETS[s] away from it.
   */
  readonly at: number;
}

/** Per gazetteer tag (`city:B`), the rows of its features on the word itself, with its casing, and on its neighbours. */
interface TagRows {
  readonly own: number;
  readonly withKind: Int32Array;
  readonly onNext: number;
  readonly onPrevious: number;
}

const KINDS = ['Xx', 'X', 'x', 'd', 'p', 'm'];
const LOWER = KINDS.indexOf('x');
const CAPITALISED = KINDS.indexOf('Xx');
// Casing classes whose document-casing features count: all but lower case, digits and punctuation.
const NAME_LIKE = Uint8Array.from(KINDS, (kind) => (kind === 'x' || kind === 'd' || kind === 'p' ? 0 : 1));
const FIRST_AT = ['<s>', ...KINDS];
const LAST_AT = [...KINDS, '</s>'];
/** The distinct offsets the neighbour templates read at, each given one score slot per word. */
const NEIGHBOUR_OFFSETS = [...new Set(NEIGHBOUR_TEMPLATES.map((template) => template.offset))];
/**
 * Scratch for `scoreWords`: where each neighbour's vector for the word in hand starts in the pool. Labelling is
 * synchronous, so one array serves every recogniser.
 */
const NEIGHBOUR_BASES = new Int32Array(NEIGHBOUR_OFFSETS.length);
// Bounds the per-word caches; news vocabularies stay well under it, and clearing only costs recomputation.
const MAX_CACHED_WORDS = 200_000;
// Starting sizes of the growable buffers, large enough that a news article rarely grows them: the growth branch of an
// optimised function has no type feedback until first taken, so taking it after optimisation deoptimises the function
// (`labelSentence` and `rowsOf` were each deoptimised once this way within a first pass of 64 BBC articles). The
// sentence buffers start at the model's own decoding size (DECODE_WORDS).
const INITIAL_POOL_WORDS = 16_384;
const POSITIONS = ['in', 'first', 'caps'] as const;
// Where each neighbour template's row sits in its family table, and which score slot (offset) it feeds.
const TEMPLATE_SLOTS = NEIGHBOUR_TEMPLATES.map((template) => ({
  isShape: template.isShape,
  family: (template.isShape ? SHAPE_FAMILIES : LOWER_FAMILIES).indexOf(template.name),
  slot: 1 + NEIGHBOUR_OFFSETS.indexOf(template.offset),
}));

/**
 * The learned recogniser with its gazetteer: words of a whole article in, IOB2 tags out. It computes exactly the
 * features of `sentenceFeatures`, but as integer-keyed sums: each distinct word's own and neighbour features are
 * summed once into score vectors, word pairs are looked up by two form ids, and the casing patterns are precomputed.
 */
export class NerRecogniser {
  /** Per word id (`WORDS`), its rows: an array index per word instead of a Map look-up by its text. */
  private readonly words = new WordCache<WordRows>();
  private cachedWords = 0;
  private generation = WORDS.generation;
  private readonly forms = new Map<string, LowerForm>();
  private readonly tags = new Map<string, TagRows>();
  private readonly tables: FeatureTables;
  /** Bias, `c=` and `cs=` summed per (left class, class, right class, shouted): `contextKey` picks the vector. */
  private readonly context: Float32Array;
  /** Every cached word's score vectors (see WordRows.at), `stride` numbers each; entry 0 is the sentence edge. */
  private pool: Float32Array;
  private poolUsed: number;
  private readonly stride: number;
  private path: Uint8Array;
  /** `d=cap|…` then `d=low|…` rows by position (`in`, `first`, `caps`). */
  private readonly documentCasingRows: Int32Array;
  private scores: Float32Array;
  private articles = 0;

  constructor(
    readonly model: NerModel,
    private readonly lexicon: PhraseLexicon,
    /** Every spelling of the known places: with it, a known place in a locative frame is labelled LOC after decoding. */
    private readonly places?: PhraseLexicon,
  ) {
    const size = model.labels.length;
    this.tables = buildFeatureTables(model);
    this.stride = (1 + NEIGHBOUR_OFFSETS.length) * size;
    this.pool = new Float32Array(INITIAL_POOL_WORDS * this.stride);
    this.scores = new Float32Array(DECODE_WORDS * size);
    this.path = new Uint8Array(DECODE_WORDS);
    // The pool's first entry stands for the words past the sentence edges.
    NEIGHBOUR_TEMPLATES.forEach((template, t) => model.addRow(this.pool, (TEMPLATE_SLOTS[t]?.slot ?? 0) * size, model.rowOf(neighbourFeature(template, undefined))));
    this.poolUsed = this.stride;
    this.context = new Float32Array(FIRST_AT.length * KINDS.length * LAST_AT.length * 2 * size);
    const bias = model.rowOf('b');
    FIRST_AT.forEach((left, l) =>
      KINDS.forEach((kind, k) =>
        LAST_AT.forEach((right, r) => {
          for (const shouted of [0, 1]) {
            const at = contextKey(l, k, r, shouted) * size;
            model.addRow(this.context, at, bias);
            model.addRow(this.context, at, model.rowOf(`c=${kind}|${l === 0 ? 'first' : 'in'}|${shouted ? 'caps' : 'norm'}`));
            model.addRow(this.context, at, model.rowOf(`cs=${left}|${kind}|${right}`));
          }
        }),
      ),
    );
    this.documentCasingRows = Int32Array.from(['cap', 'low'].flatMap((evidence) => POSITIONS.map((position) => model.rowOf(`d=${evidence}|${position}`))));
  }

  /**
   * Tags every sentence of one article; the article is the unit because casing evidence and full names are shared
   * across it. Before harmonising, the labels are exactly those of `model.predict(featurizeArticle(…))`.
   * `ids` are the words' ids in `WORDS` when the caller has them (the pipeline's token view); otherwise they are
   * interned here.
   */
  label(sentences: readonly (readonly string[])[], ids?: readonly (readonly number[])[]): string[][] {
    // A word table that started over invalidates the ids the pool's rows were cached under: drop them too.
    if (this.cachedWords >= MAX_CACHED_WORDS || this.generation !== WORDS.generation) this.clearCaches();
    if (!ids) WORDS.makeRoom();
    const wordIds = ids ?? sentences.map((words) => words.map((word) => WORDS.intern(word)));
    const article = ++this.articles;
    const rows: WordRows[][] = new Array<WordRows[]>(sentences.length);
    const shouted = new Uint8Array(sentences.length);
    // The loops are in methods of their own: V8 compiled this function on the spot in its loop (on-stack replacement)
    // when a long article kept it there, and that code, inlining the frame passes below, failed a map check on every
    // later call (`--trace-deopt`: one code object, hundreds of bailouts per 300 articles in some runs).
    this.readArticle(sentences, wordIds, article, rows, shouted);
    const decoded = this.decodeArticle(sentences, rows, shouted, article);
    const harmonised = harmoniseLabels(sentences, decoded);
    const places = this.places;
    if (!places) return harmonised;
    // From the word's cached rows, so a capitalised word is looked up in the place names once, not in every sentence.
    const mayStartPlace = (n: number, i: number): boolean => rows[n]?.[i]?.startsPlace === true;
    return labelClubsInFrames(sentences, labelPlacesInFrames(sentences, harmonised, places, mayStartPlace), places);
  }

  /** Each word's rows into `rows`, each sentence's shouting into `shouted`; stamps the article's casing evidence. */
  private readArticle(sentences: readonly (readonly string[])[], wordIds: readonly (readonly number[])[], article: number, rows: WordRows[][], shouted: Uint8Array): void {
    const cache = this.words.entries();
    // The same evidence as `documentCasing`, stamped on the lower-cased forms instead of collected in sets.
    for (let n = 0; n < sentences.length; n++) {
      const words = sentences[n] ?? [];
      const idsOf = wordIds[n] ?? [];
      const list = new Array<WordRows>(words.length);
      let letters = 0;
      let upper = 0;
      for (let i = 0; i < words.length; i++) {
        const row = cache[idsOf[i] ?? -1] ?? this.rowsOf(words[i] ?? '', idsOf[i] ?? -1, cache);
        list[i] = row;
        letters += row.letters;
        upper += row.upper;
      }
      const isShouted = isShoutedCount(letters, upper);
      for (let i = 0; i < list.length; i++) {
        const row = list[i];
        if (row?.kindIndex === LOWER) row.form.lowercaseIn = article;
        else if (!isShouted && i > 0 && row?.kindIndex === CAPITALISED) row.form.capitalisedIn = article;
      }
      rows[n] = list;
      shouted[n] = isShouted ? 1 : 0;
    }
  }

  /** The model's tags per sentence, before harmonising. */
  private decodeArticle(sentences: readonly (readonly string[])[], rows: readonly WordRows[][], shouted: Uint8Array, article: number): string[][] {
    const labels = this.model.labels;
    const decoded = new Array<string[]>(sentences.length);
    for (let n = 0; n < sentences.length; n++) {
      const words = sentences[n] ?? [];
      this.labelSentence(words, rows[n] ?? [], shouted[n] === 1, article);
      const tags = new Array<string>(words.length);
      for (let i = 0; i < words.length; i++) tags[i] = labels[this.path[i] ?? 0] ?? 'O';
      decoded[n] = tags;
    }
    return decoded;
  }

  /** Scores and decodes one sentence into `this.path`. */
  private labelSentence(words: readonly string[], rows: readonly WordRows[], shouted: boolean, article: number): void {
    const model = this.model;
    const size = model.labels.length;
    const count = rows.length;
    if (count === 0) return;
    if (this.scores.length < count * size) this.scores = new Float32Array(2 * count * size);
    if (this.path.length < count) this.path = new Uint8Array(2 * count);
    const scores = this.scores;
    // The word loop is a method of its own, like the article's loops in `label`, so code compiled on the spot in it
    // holds none of the steps after it, which a first sentence reaches only once the loop is done.
    this.scoreWords(rows, shouted, article, scores);
    this.addPairs(rows, scores);
    this.addGazetteer(words, rows, scores);
    model.decodeInto(scores, 0, count, this.path, 0);
  }

  /** Each word's own, neighbour, casing-context and document-casing scores into `scores`. */
  private scoreWords(rows: readonly WordRows[], shouted: boolean, article: number, scores: Float32Array): void {
    const model = this.model;
    const size = model.labels.length;
    const count = rows.length;
    const pool = this.pool;
    const slots = NEIGHBOUR_OFFSETS.length;
    const bases = NEIGHBOUR_BASES;
    for (let i = 0; i < count; i++) {
      const word = rows[i];
      if (!word) continue;
      const at = i * size;
      const own = word.at;
      const left = i > 0 ? (rows[i - 1]?.kindIndex ?? 0) + 1 : 0;
      const right = i + 1 < count ? (rows[i + 1]?.kindIndex ?? 0) : KINDS.length;
      const context = contextKey(left, word.kindIndex, right, shouted ? 1 : 0) * size;
      // Every index here is inside its array (pool slots and context vectors are allocated whole), so no `?? 0`.
      const contextVectors = this.context;
      for (let s = 0; s < slots; s++) {
        const k = i + (NEIGHBOUR_OFFSETS[s] ?? 0);
        const neighbour = k >= 0 && k < count ? rows[k] : undefined;
        bases[s] = (neighbour ? neighbour.at : 0) + (s + 1) * size;
      }
      // Each label's sum in a register, one store, instead of a load and a store per vector: `Math.fround` rounds each
      // step to single precision exactly as the store into the Float32Array did, so the scores are the same bits.
      for (let label = 0; label < size; label++) {
        let sum = Math.fround((pool[own + label] as number) + (contextVectors[context + label] as number));
        for (let s = 0; s < slots; s++) sum = Math.fround(sum + (pool[(bases[s] as number) + label] as number));
        scores[at + label] = sum;
      }
      if (NAME_LIKE[word.kindIndex] === 1) {
        const position = shouted ? 2 : i === 0 ? 1 : 0;
        if (word.form.capitalisedIn === article) model.addRow(scores, at, this.documentCasingRows[position] ?? -1);
        if (word.form.lowercaseIn === article) model.addRow(scores, at, this.documentCasingRows[3 + position] ?? -1);
      }
    }
  }

  /** `l|l+1=` on the left word and `l-1|l=` on the right word of each neighbouring pair, sentence edges included. */
  private addPairs(rows: readonly WordRows[], scores: Float32Array): void {
    const model = this.model;
    const size = model.labels.length;
    const count = rows.length;
    const { pairs, pairBefore, pairAfter } = this.tables;
    const stride = this.tables.pairIds.size;
    const start = this.formOf('<s>');
    const end = this.formOf('</s>');
    for (let j = -1; j < count; j++) {
      const left = j >= 0 ? (rows[j]?.form ?? start) : start;
      const right = j + 1 < count ? (rows[j + 1]?.form ?? end) : end;
      let before = -1;
      let after = -1;
      if (left.hasBar || right.hasBar) {
        before = model.rowOf(`${PAIR_BEFORE}${left.text}|${right.text}`);
        after = model.rowOf(`${PAIR_AFTER}${left.text}|${right.text}`);
      } else if (left.pairId >= 0 && right.pairId >= 0) {
        const at = pairs.get(left.pairId * stride + right.pairId);
        if (at !== undefined) {
          before = pairBefore[at] ?? -1;
          after = pairAfter[at] ?? -1;
        }
      }
      if (j >= 0) model.addRow(scores, j * size, before);
      if (j + 1 < count) model.addRow(scores, (j + 1) * size, after);
    }
  }

  /** `g=`, `gc=` on each word a gazetteer phrase covers, `g-1=`/`g+1=` on the words beside it. */
  private addGazetteer(words: readonly string[], rows: readonly WordRows[], scores: Float32Array): void {
    // Loops, not callbacks per word: a text read once runs this mostly before V8 optimises it (and inlines callbacks).
    if (!hasNameStart(rows)) return;
    const model = this.model;
    const size = model.labels.length;
    const lower = new Array<string>(rows.length);
    for (let i = 0; i < rows.length; i++) lower[i] = (rows[i] as WordRows).form.text;
    const gazetteer = this.lexicon.tag(words, lower, (i) => rows[i]?.startsName === true);
    for (let i = 0; i < gazetteer.length; i++) {
      for (const tag of gazetteer[i] ?? []) {
        const found = this.tagRows(tag);
        const kind = rows[i]?.kindIndex ?? 0;
        model.addRow(scores, i * size, found.own);
        model.addRow(scores, i * size, found.withKind[kind] ?? -1);
        if (i + 1 < words.length) model.addRow(scores, (i + 1) * size, found.onNext);
        if (i > 0) model.addRow(scores, (i - 1) * size, found.onPrevious);
      }
    }
  }

  private tagRows(tag: string): TagRows {
    let found = this.tags.get(tag);
    if (!found) {
      const model = this.model;
      found = {
        own: model.rowOf(`g=${tag}`),
        withKind: Int32Array.from(KINDS, (kind) => model.rowOf(`gc=${tag}|${kind}`)),
        onNext: model.rowOf(`g-1=${tag}`),
        onPrevious: model.rowOf(`g+1=${tag}`),
      };
      this.tags.set(tag, found);
    }
    return found;
  }

  private formOf(text: string): LowerForm {
    let form = this.forms.get(text);
    if (!form) {
      const { lowerForms, formPairIds, formLowerAt } = this.tables;
      const k = lowerForms.get(text);
      const pairId = k === undefined ? -1 : (formPairIds[k] as number);
      const lowerAt = k === undefined ? -1 : (formLowerAt[k] as number);
      form = { text, pairId, lowerAt, hasBar: text.includes('|'), capitalisedIn: 0, lowercaseIn: 0 };
      this.forms.set(text, form);
    }
    return form;
  }

  private rowsOf(word: string, id: number, cache: (WordRows | undefined)[]): WordRows {
    let rows = cache[id];
    if (!rows) {
      const model = this.model;
      const size = model.labels.length;
      // The rows of `intrinsicFeatures(word)` and of `neighbourFeature(template, word)`, found by value in the tables.
      const kind = caseClass(word);
      const low = word.toLowerCase();
      const form = this.formOf(low);
      const { words, lowers, shapes, affixes } = this.tables;
      const shape = shapes.find(wordShape(word));
      if (this.poolUsed + this.stride > this.pool.length) {
        const grown = new Float32Array(2 * this.pool.length);
        grown.set(this.pool);
        this.pool = grown;
      }
      const at = this.poolUsed;
      this.poolUsed += this.stride;
      const vectors = this.pool;
      model.addRow(vectors, at, words.get(word) ?? -1);
      model.addRow(vectors, at, lowers.row(form.lowerAt, 0));
      model.addRow(vectors, at, shapes.row(shape, 0));
      for (let n = 1; n <= AFFIX_LENGTH && n < low.length; n++) {
        model.addRow(vectors, at, affixes.row(affixes.find(low.slice(0, n)), 0));
        model.addRow(vectors, at, affixes.row(affixes.find(low.slice(-n)), 1));
      }
      for (const template of TEMPLATE_SLOTS) {
        model.addRow(vectors, at + template.slot * size, template.isShape ? shapes.row(shape, template.family) : lowers.row(form.lowerAt, template.family));
      }
      const { letters, upper } = casedLetters(word);
      const isUpper = startsUpper(word);
      const startsName = isUpper && this.lexicon.startsPhrase(low);
      const startsPlace = isUpper && this.places?.startsPhrase(low) === true;
      rows = { form, kindIndex: KINDS.indexOf(kind), letters, upper, startsName, startsPlace, at };
      if (id >= 0) {
        cache[id] = rows;
        this.cachedWords++;
      }
    }
    return rows;
  }

  private clearCaches(): void {
    this.words.clear();
    this.cachedWords = 0;
    this.generation = WORDS.generation;
    this.forms.clear();
    this.pool.fill(0, this.stride);
    this.poolUsed = this.stride;
  }
}

/** Whether some word of the sentence is capitalised and starts a gazetteer name. */
function hasNameStart(rows: readonly WordRows[]): boolean {
  for (let i = 0; i < rows.length; i++) if ((rows[i] as WordRows).startsName) return true;
  return false;
}

/** Index of the context vector for a word between two casing classes (0 = sentence start / last = end). */
function contextKey(left: number, kind: number, right: number, shouted: number): number {
  return ((left * KINDS.length + kind) * LAST_AT.length + right) * 2 + shouted;
}
