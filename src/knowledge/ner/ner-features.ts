/** What the recogniser knows about the whole article: how each word is cased where casing is informative. */
export interface DocumentCasing {
  /** Lower-cased words seen capitalised in the middle of a normally cased sentence. */
  readonly capitalisedMidSentence: ReadonlySet<string>;
  /** Lower-cased words seen in lower case. */
  readonly seenLowercase: ReadonlySet<string>;
}

/** Counts a word's cased letters and how many of them are upper case, the evidence `isShouted` adds up. */
export function casedLetters(word: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 65 && code <= 90) {
      letters++;
      upper++;
    } else if (code >= 97 && code <= 122) {
      letters++;
    } else if (code > 127) {
      const ch = word.charAt(k);
      if (ch.toLowerCase() === ch.toUpperCase()) continue;
      letters++;
      if (ch !== ch.toLowerCase()) upper++;
    }
  }
  return { letters, upper };
}

/** Whether letters counted by `casedLetters` over a sentence are a shouted headline's: nearly all upper case. */
export function isShoutedCount(letters: number, upper: number): boolean {
  return letters >= 4 && upper / letters > 0.9;
}

/** Whether a sentence is a shouted headline (letters nearly all upper case): its casing tells nothing. */
export function isShouted(words: readonly string[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const word of words) {
    const counts = casedLetters(word);
    letters += counts.letters;
    upper += counts.upper;
  }
  return isShoutedCount(letters, upper);
}

/** Collects the casing evidence of every sentence of an article, for features on headlines and sentence starts. */
export function documentCasing(sentences: readonly (readonly string[])[]): DocumentCasing {
  const capitalisedMidSentence = new Set<string>();
  const seenLowercase = new Set<string>();
  for (const words of sentences) {
    const shouted = isShouted(words);
    words.forEach((word, i) => {
      const kind = caseClass(word);
      if (kind === 'x') seenLowercase.add(word);
      else if (!shouted && i > 0 && kind === 'Xx') capitalisedMidSentence.add(word.toLowerCase());
    });
  }
  return { capitalisedMidSentence, seenLowercase };
}

/** A coarse casing class: `Xx` capitalised, `X` all caps, `x` lower, `d` digits, `p` punctuation, `m` mixed. */
export function caseClass(word: string): string {
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  if (lower === upper) return /\d/.test(word) ? 'd' : 'p';
  if (word === lower) return 'x';
  if (word === upper) return word.length === 1 ? 'Xx' : 'X';
  const rest = word.slice(1);
  return word.charAt(0) !== lower.charAt(0) && rest === rest.toLowerCase() ? 'Xx' : 'm';
}

/** A word's shape with repeated classes collapsed: `Kim-Jong` → `Xx-Xx`, `1,000` → `d,d`. */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (let k = 0; k < word.length; ) {
    const unit = word.charCodeAt(k);
    let code: string;
    if (unit < 128) {
      // ASCII without lower/upper-cased copies: letters by case, digits `d`, anything else stands for itself.
      code = unit >= 65 && unit <= 90 ? 'X' : unit >= 97 && unit <= 122 ? 'x' : unit >= 48 && unit <= 57 ? 'd' : word.charAt(k);
      k++;
    } else {
      const ch = String.fromCodePoint(word.codePointAt(k) ?? unit);
      k += ch.length;
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      code = lower === upper ? ch : ch === upper ? 'X' : 'x';
    }
    if (code !== last) shape += code;
    last = code;
  }
  return shape.length > 12 ? shape.slice(0, 12) : shape;
}

/** The longest prefix and suffix `intrinsicFeatures` describes a word by. */
export const AFFIX_LENGTH = 4;

/** Features that depend on the word alone: the word, its lower case, shape and affixes. */
export function intrinsicFeatures(word: string): string[] {
  const low = word.toLowerCase();
  const f = [`w=${word}`, `l=${low}`, `s=${wordShape(word)}`];
  for (let n = 1; n <= AFFIX_LENGTH && n < low.length; n++) f.push(`p${n}=${low.slice(0, n)}`, `x${n}=${low.slice(-n)}`);
  return f;
}

/** Templates that describe a neighbour by its own value: `l-1=the` is the lower-cased word one to the left. */
export const NEIGHBOUR_TEMPLATES: readonly { readonly name: string; readonly offset: number; readonly isShape: boolean }[] = [
  { name: 'l-1', offset: -1, isShape: false },
  { name: 'l+1', offset: 1, isShape: false },
  { name: 'l-2', offset: -2, isShape: false },
  { name: 'l+2', offset: 2, isShape: false },
  { name: 's-1', offset: -1, isShape: true },
  { name: 's+1', offset: 1, isShape: true },
];

/** A neighbour template's feature for a word standing at that offset (`<s>`/`</s>` past the sentence edges). */
export function neighbourFeature(template: (typeof NEIGHBOUR_TEMPLATES)[number], word: string | undefined): string {
  if (word === undefined) return `${template.name}=${template.offset < 0 ? '<s>' : '</s>'}`;
  return `${template.name}=${template.isShape ? wordShape(word) : word.toLowerCase()}`;
}

/** What one sentence shares across its words when features are computed. */
export interface SentenceView {
  readonly words: readonly string[];
  readonly lower: readonly string[];
  readonly classes: readonly string[];
  readonly shouted: boolean;
  readonly gazetteer: readonly (readonly string[] | undefined)[];
  readonly casing: DocumentCasing;
}

/** Prepares the per-sentence arrays the contextual features read. */
export function sentenceView(words: readonly string[], gazetteer: readonly (readonly string[] | undefined)[], casing: DocumentCasing): SentenceView {
  return { words, lower: words.map((w) => w.toLowerCase()), classes: words.map(caseClass), shouted: isShouted(words), gazetteer, casing };
}

/** Features that combine a word with its position, neighbours, gazetteer tags and the article's casing evidence. */
export function contextFeatures(view: SentenceView, i: number): string[] {
  const { lower, classes, shouted, gazetteer, casing } = view;
  const at = (list: readonly string[], k: number): string => (k < 0 ? '<s>' : k >= list.length ? '</s>' : (list[k] ?? ''));
  const low = lower[i] ?? '';
  const kind = classes[i] ?? '';
  const f = [
    'b',
    `c=${kind}|${i === 0 ? 'first' : 'in'}|${shouted ? 'caps' : 'norm'}`,
    `l-1|l=${at(lower, i - 1)}|${low}`,
    `l|l+1=${low}|${at(lower, i + 1)}`,
    `cs=${at(classes, i - 1)}|${kind}|${at(classes, i + 1)}`,
  ];
  for (const tag of gazetteer[i] ?? []) f.push(`g=${tag}`, `gc=${tag}|${kind}`);
  for (const tag of gazetteer[i - 1] ?? []) f.push(`g-1=${tag}`);
  for (const tag of gazetteer[i + 1] ?? []) f.push(`g+1=${tag}`);
  if (kind !== 'x' && kind !== 'd' && kind !== 'p') {
    const position = shouted ? 'caps' : i === 0 ? 'first' : 'in';
    if (casing.capitalisedMidSentence.has(low)) f.push(`d=cap|${position}`);
    if (casing.seenLowercase.has(low)) f.push(`d=low|${position}`);
  }
  return f;
}

/**
 * The features of every word of one sentence: the word, its affixes and shape, its neighbours, its casing
 * against its position, gazetteer tags, and what the rest of the article says about its casing.
 */
export function sentenceFeatures(words: readonly string[], gazetteer: readonly (readonly string[] | undefined)[], casing: DocumentCasing): string[][] {
  const view = sentenceView(words, gazetteer, casing);
  return words.map((word, i) => [
    ...intrinsicFeatures(word),
    ...NEIGHBOUR_TEMPLATES.map((template) => {
      const k = i + template.offset;
      return neighbourFeature(template, k >= 0 && k < words.length ? words[k] : undefined);
    }),
    ...contextFeatures(view, i),
  ]);
}
