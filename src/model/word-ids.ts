/** Ids reserved for the tokeniser's lexicon (wink-nlp's English model has 87,593 lexemes). */
export const WINK_LEXEMES = 1 << 17;

/**
 * One process-wide table that gives every distinct token text (case kept) a small integer id, so the stages keep their
 * per-word answers in arrays indexed by it instead of each hashing the same string in a Map of its own.
 * Ids live in the token view beside a document's tokens (never in the document itself, so no output shows them).
 */
export class WordTable {
  private readonly ids = new Map<string, number>();
  private texts: string[] = [];
  /** Bumped whenever the table starts over: ids (and per-id caches) of an older generation mean nothing any more. */
  private current = 0;

  /**
   * @param limit how many texts it holds before starting over
   * @param reserved ids below this are not handed out here: segment gives in-vocabulary tokens the tokeniser's own
   *   lexeme index, which is stable and costs no look-up (a text may then have two ids; each names only that text)
   */
  constructor(
    private readonly limit: number,
    readonly reserved = 0,
  ) {}

  get generation(): number {
    return this.current;
  }

  /** Texts interned here. */
  get size(): number {
    return this.texts.length;
  }

  /** One past the largest id handed out so far (reserved ids included): what a per-id array must cover. */
  get idLimit(): number {
    return this.reserved + this.texts.length;
  }

  /** The id of `text`, given one if it has none yet. Never starts the table over, so ids handed out stay valid. */
  intern(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.reserved + this.texts.length;
      this.texts.push(text);
      this.ids.set(text, id);
    }
    return id;
  }

  /** The text of an id handed out here ('' for a reserved or unknown id). */
  text(id: number): string {
    return this.texts[id - this.reserved] ?? '';
  }

  /**
   * Called before a document's tokens are interned: a full table starts over (a long-running process reads an open
   * vocabulary of names and numbers). Only here, between documents, so no stage sees ids change mid-document.
   */
  makeRoom(): void {
    if (this.texts.length < this.limit) return;
    this.ids.clear();
    this.texts = [];
    this.current++;
  }
}

/** News vocabularies (names, numbers, casings) reach a few hundred thousand texts over many thousand articles. */
export const WORDS = new WordTable(500_000, WINK_LEXEMES);

/**
 * A per-id cache for one stage's answers, emptied when the word table starts over. `undefined` means not asked yet,
 * so callers store `null` for "no entry".
 */
export class WordCache<T> {
  private values: (T | undefined)[] = [];
  private generation = WORDS.generation;

  /**
   * The entries, valid for the current generation of `WORDS` and long enough for every id handed out so far: call
   * once per document, after its ids are interned, then index by id. Grown by pushes so the array stays packed (a
   * write far past its end would turn it into a slow dictionary).
   */
  entries(): (T | undefined)[] {
    if (this.generation !== WORDS.generation) {
      this.values = [];
      this.generation = WORDS.generation;
    }
    const values = this.values;
    for (let id = values.length; id < WORDS.idLimit; id++) values.push(undefined);
    return values;
  }

  clear(): void {
    this.values = [];
  }
}
