import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Wink = ReturnType<typeof winkNLP>;
type WinkModel = Parameters<typeof winkNLP>[0];
type WinkDocument = ReturnType<Wink['readDoc']>;

/** The part of wink's parsed core model that grows as it reads: its lexeme dictionary. */
interface LexemeTable {
  readonly hash: Record<string, number>;
  readonly list: string[];
  readonly intrinsicSize: number;
}

/**
 * Entries that change nothing when remembered: wink splits and tags a bare run of ASCII letters the same whether or
 * not it has seen it, so keeping those cached saves re-reading them. Entries with other characters decide whether a
 * longer token is kept whole ("Varley's"), and remembered numbers changed a later "500" from NUM to PROPN in 12 of 2,510
 * news texts, so those are forgotten. Keeping only letter runs gave output equal to forgetting everything on 5,020 reads.
 */
const PLAIN_WORD = /^[A-Za-z]+$/;

/** Out-of-vocabulary entries one instance may pile up before it is rebuilt (a rebuild costs about 0.25 s). */
const MAX_ADDED_LEXEMES = 200_000;

/**
 * wink-nlp with sentence boundaries, POS tags and negation, reading every text as if it were the first it has seen.
 *
 * wink adds each out-of-vocabulary token to its lexeme dictionary, and its tokeniser keeps a token whole when the
 * dictionary knows it: once "Varley's." has ended a sentence, a later "Varley's" is no longer split. Output would
 * then depend on what the process read before (ingest order, which pool thread). So after each text the entries it
 * added that can change a split are taken out of the look-up again (their slots stay, since wink's private feature
 * table is aligned with them), and the instance is rebuilt once those slots pile up.
 */
export class WinkReader {
  private nlp: Wink;
  private lexemes: LexemeTable;
  /**
   * Per lexeme index of this instance, the tag its lemma was first asked with ('' for none yet) and that lemma. These
   * memos grow with the lexeme table and are dropped with it at a rebuild, so `maxAddedLexemes` bounds them too.
   */
  private lemmaTags: string[] = [];
  private lemmaTexts: string[] = [];
  /** Lemmas asked with another tag, by `lexeme × TAG_SLOTS + tag number`. */
  private otherLemmas = new Map<number, string>();
  private readonly tagNumbers = new Map<string, number>();

  constructor(private readonly maxAddedLexemes = MAX_ADDED_LEXEMES) {
    [this.nlp, this.lexemes] = buildWink();
  }

  /** How many lexemes the model itself has: a token's lexeme index below this names the same text in every instance. */
  get intrinsicLexemes(): number {
    return this.lexemes.intrinsicSize;
  }

  /** The `its` helpers for reading tokens out of a document. */
  get its(): Wink['its'] {
    return this.nlp.its;
  }

  /**
   * Reads `text` and hands the document to `use`; the document must not be used after `use` returns. `lexemeTexts` is
   * the text of each lexeme index, what `its.value` reads (`its.value` of a token is `lexemeTexts[its.uniqueId]`): it
   * stays valid for this document's indexes after `use` returns, even if the reader is rebuilt.
   */
  read<T>(text: string, use: (doc: WinkDocument, lexemeTexts: readonly string[]) => T): T {
    const { hash, list, intrinsicSize } = this.lexemes;
    const before = list.length;
    try {
      return use(this.nlp.readDoc(text), list);
    } finally {
      for (let i = before; i < list.length; i++) {
        const entry = list[i] as string;
        if (hash[entry] === i && !PLAIN_WORD.test(entry)) Reflect.deleteProperty(hash, entry);
      }
      if (list.length - intrinsicSize > this.maxAddedLexemes) {
        [this.nlp, this.lexemes] = buildWink();
        // Lexeme indexes past the model's own lexicon name other texts in the new instance.
        this.lemmaTags = [];
        this.lemmaTexts = [];
        this.otherLemmas = new Map();
      }
    }
  }

  /**
   * `doc.tokens().out(its.lemma)`, given the tokens' lexeme indexes (`its.uniqueId`) and tags (`its.pos`), for a
   * document being read (inside `read`'s `use`). wink works a lemma out from the token's lexeme and tag alone (a
   * lexicon entry or a suffix rule that consults only the model's own lexicon), except for a contraction's parts, which
   * carry theirs: so it is asked once per lexeme and tag, and the answer reused. Computing every token's lemma was
   * about a seventh of reading a text.
   */
  lemmas(doc: WinkDocument, lexemes: readonly number[], tags: readonly string[]): string[] {
    const its = this.nlp.its;
    const tokens = doc.tokens();
    const isContraction = tokens.out(its.contractionFlag) as unknown as boolean[];
    const lemmaTags = this.lemmaTags;
    const lemmaTexts = this.lemmaTexts;
    growMemos(lemmaTags, lemmaTexts, this.lexemes.list.length);
    const count = lexemes.length;
    const lemmas = new Array<string>(count);
    const missed = missBuffer(count);
    // The loops are in methods of their own, so that the one V8 compiles on the spot (on-stack replacement) in the
    // first, long document holds no code that has not run yet: such code left for the interpreter in every later call.
    const misses = this.rememberedLemmas(lexemes, tags, isContraction, lemmas, missed);
    // Asking wink for one token builds an object of seven closures: past a few misses (a text read first, whose words
    // are new), one pass over every token is cheaper.
    const all = misses > count / FEW_MISSES ? tokens.out(its.lemma as unknown as Wink['its']['normal']) : undefined;
    this.learnMissedLemmas(tokens, lexemes, tags, isContraction, lemmas, missed, misses, all);
    return lemmas;
  }

  /** Fills `lemmas` with the remembered ones; the indexes of the rest go to `missed`, and their count is returned. */
  private rememberedLemmas(lexemes: readonly number[], tags: readonly string[], isContraction: readonly boolean[], lemmas: string[], missed: Int32Array): number {
    let misses = 0;
    for (let i = 0; i < lexemes.length; i++) {
      const lemma = isContraction[i] === true ? undefined : this.remembered(lexemes[i] as number, tags[i] as string);
      if (lemma === undefined) missed[misses++] = i;
      else lemmas[i] = lemma;
    }
    return misses;
  }

  /** Fills in the missed lemmas (from `all`, wink's lemma of every token, when given) and remembers them. */
  private learnMissedLemmas(
    tokens: ReturnType<WinkDocument['tokens']>,
    lexemes: readonly number[],
    tags: readonly string[],
    isContraction: readonly boolean[],
    lemmas: string[],
    missed: Int32Array,
    misses: number,
    all: string[] | undefined,
  ): void {
    const lemmaTags = this.lemmaTags;
    const lemmaTexts = this.lemmaTexts;
    for (let m = 0; m < misses; m++) {
      const i = missed[m] as number;
      const lexeme = lexemes[i] as number;
      const tag = tags[i] as string;
      const contracted = isContraction[i] === true;
      // A word new to this document may recur in it: remembered at its first occurrence by now.
      const lemma = all ? (all[i] as string) : ((contracted ? undefined : this.remembered(lexeme, tag)) ?? this.lemmaAt(tokens, i));
      lemmas[i] = lemma;
      if (contracted || lexeme >= lemmaTags.length) continue;
      if (lemmaTags[lexeme] === '') {
        lemmaTags[lexeme] = tag;
        lemmaTexts[lexeme] = lemma;
      } else if (lemmaTags[lexeme] !== tag) {
        this.otherLemmas.set(lexeme * TAG_SLOTS + this.tagNumber(tag), lemma);
      }
    }
  }

  /** The lemma remembered for a lexeme (not a contraction's part) with a tag, if any. */
  private remembered(lexeme: number, tag: string): string | undefined {
    const firstTag = lexeme < this.lemmaTags.length ? (this.lemmaTags[lexeme] as string) : '';
    if (firstTag === '') return undefined;
    return firstTag === tag ? this.lemmaTexts[lexeme] : this.otherLemmas.get(lexeme * TAG_SLOTS + this.tagNumber(tag));
  }

  private lemmaAt(tokens: ReturnType<WinkDocument['tokens']>, index: number): string {
    // its.lemma needs the model's addons, which wink's typings do not thread through `out`.
    return tokens.itemAt(index).out(this.nlp.its.lemma as unknown as Wink['its']['normal']);
  }

  private tagNumber(tag: string): number {
    let number = this.tagNumbers.get(tag);
    if (number === undefined) {
      number = this.tagNumbers.size;
      if (number >= TAG_SLOTS) throw new Error(`wink-nlp used more than ${TAG_SLOTS} part-of-speech tags; raise TAG_SLOTS.`);
      this.tagNumbers.set(tag, number);
    }
    return number;
  }
}

/** A document whose memo misses exceed one token in this many has wink work out every lemma in one pass. */
const FEW_MISSES = 16;

let sharedMisses = new Int32Array(4096);

/**
 * A scratch array of at least `length` entries for the tokens a document's memo missed, reused across documents: it keeps
 * the size of the longest document read (4 bytes a token), never more.
 */
function missBuffer(length: number): Int32Array {
  if (sharedMisses.length < length) sharedMisses = new Int32Array(Math.max(length, 2 * sharedMisses.length));
  return sharedMisses;
}

/** Room for wink's part-of-speech tags (the 17 universal ones and SPACE) in `otherLemmas`' keys. */
const TAG_SLOTS = 32;

let firstMetaCER: unknown;

function buildWink(): [Wink, LexemeTable] {
  let lexemes: LexemeTable | undefined;
  // wink parses a private copy of the core model; wrapping `core` is the one way to reach its lexeme dictionary.
  const base = model as unknown as Record<string, unknown> & { core: () => { features: { lexeme: LexemeTable } }; metaCER: () => unknown };
  const tracked = Object.assign(Object.create(null) as Record<string, unknown>, base, {
    core: () => {
      const core = base.core();
      lexemes = core.features.lexeme;
      return core;
    },
    // The model's `metaCER()` stringifies its module-level machines in place, so each build in a process stringifies
    // the previous string again, escaping it: 3 kB, 3.6, 4.8, 7.4, 12 kB, … (the growth doubles), 330 MB and 3 s at
    // the 20th build, and the 21st throws "Invalid string length" (a rebuild comes every ~10,000-37,000 news articles).
    // wink reads it only to learn custom entities, which the pipeline never does; the first answer serves every build.
    metaCER: () => (firstMetaCER ??= base.metaCER()),
  });
  const nlp = winkNLP(tracked as unknown as WinkModel, ['sbd', 'pos', 'negation']);
  if (!lexemes) throw new Error('wink-nlp did not load its core model through `core()`; the lexeme reset cannot work.');
  return [nlp, lexemes];
}

let shared: WinkReader | undefined;

/** The process-wide reader (the model is ~1 MB and slow to parse); analysis is synchronous, so one is enough. */
export function loadWink(): WinkReader {
  shared ??= new WinkReader();
  return shared;
}

/**
 * Grows the per-lexeme memos to `size` by pushes, so the arrays stay packed: indexes are wink's, and new
 * out-of-vocabulary lexemes add to its end. A function of its own: a text read first adds hundreds of lexemes, and V8
 * compiled this loop alone on the spot (on-stack replacement) inside `lemmas`, with no feedback yet for the rest of it,
 * so that each later text adding lexemes entered that code again and fell back to the interpreter after the loop
 * (`--trace-deopt`: 60–130 "insufficient type feedback" exits per 300 news articles read once).
 */
function growMemos(lemmaTags: string[], lemmaTexts: string[], size: number): void {
  for (let at = lemmaTags.length; at < size; at++) {
    lemmaTags.push('');
    lemmaTexts.push('');
  }
}
