/** Lexeme indexes of the tokeniser's own lexicon that `WordTable.internLexeme` takes (wink-nlp's English model has 87,593). */
export const WINK_LEXEMES = 1 << 17;

/**
 * One process-wide table that gives every distinct token text (case kept) a small integer id, so the stages keep their
 * per-word answers in arrays indexed by it instead of each hashing the same string in a Map of its own.
 * Ids live in the token view beside a document's tokens (never in the document itself, so no output shows them).
 *
 * Ids are dense and handed out in order of first sight, so common words get small ids that lie close together, and a
 * per-id array holds the words seen so far rather than spanning the tokeniser's whole lexicon: every stage reads its
 * per-id array at every token, and over 131,072 lexeme slots those reads missed the processor's caches.
 */
export class WordTable {
  private readonly ids = new Map<string, number>();
  private texts: string[] = [];
  /** Per tokeniser lexeme index, its id here plus one (0: none yet): a lexeme's id costs an array read, not a hash. */
  private lexemeIds = new Int32Array(0);
  /** Bumped whenever the table starts over: ids (and per-id caches) of an older generation mean nothing any more. */
  private current = 0;

  /**
   * @param limit how many texts it holds before starting over
   * @param reserved ids below this are not handed out here (none in the shared table)
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

  /**
   * The id of the tokeniser's lexeme `lexeme` (below `WINK_LEXEMES`), whose text is `text`, given one if it has none yet.
   * Such a text may also get a second id from `intern` (when a token holds it without the lexeme); each names only it.
   */
  internLexeme(lexeme: number, text: string): number {
    if (lexeme >= this.lexemeIds.length) {
      const grown = new Int32Array(Math.max(lexeme + 1, WINK_LEXEMES));
      grown.set(this.lexemeIds);
      this.lexemeIds = grown;
    }
    let id = (this.lexemeIds[lexeme] as number) - 1;
    if (id < 0) {
      id = this.reserved + this.texts.length;
      this.texts.push(text);
      this.lexemeIds[lexeme] = id + 1;
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
    this.lexemeIds.fill(0);
    this.texts = [];
    this.current++;
  }
}

/** News vocabularies (names, numbers, casings) reach a few hundred thousand texts over many thousand articles. */
export const WORDS = new WordTable(500_000);

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
