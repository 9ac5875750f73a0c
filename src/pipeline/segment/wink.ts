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

  /** Reads `text` and hands the document to `use`; the document must not be used after `use` returns. */
  read<T>(text: string, use: (doc: WinkDocument) => T): T {
    const { hash, list, intrinsicSize } = this.lexemes;
    const before = list.length;
    try {
      return use(this.nlp.readDoc(text));
    } finally {
      for (let i = before; i < list.length; i++) {
        const entry = list[i] as string;
        if (hash[entry] === i && !PLAIN_WORD.test(entry)) Reflect.deleteProperty(hash, entry);
      }
      if (list.length - intrinsicSize > this.maxAddedLexemes) [this.nlp, this.lexemes] = buildWink();
    }
  }
}

function buildWink(): [Wink, LexemeTable] {
  let lexemes: LexemeTable | undefined;
  // wink parses a private copy of the core model; wrapping `core` is the one way to reach its lexeme dictionary.
  const base = model as unknown as Record<string, unknown> & { core: () => { features: { lexeme: LexemeTable } } };
  const tracked = Object.assign(Object.create(null) as Record<string, unknown>, base, {
    core: () => {
      const core = base.core();
      lexemes = core.features.lexeme;
      return core;
    },
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
