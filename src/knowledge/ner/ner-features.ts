/** What the recogniser knows about the whole article: how each word is cased where casing is informative. */
export interface DocumentCasing {
  /** Lower-cased words seen capitalised in the middle of a normally cased sentence. */
  readonly capitalisedMidSentence: ReadonlySet<string>;
  /** Lower-cased words seen in lower case. */
  readonly seenLowercase: ReadonlySet<string>;
}

/** Whether a sentence is a shouted headline (letters nearly all upper case): its casing tells nothing. */
export function isShouted(words: readonly string[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const word of words) {
    for (const ch of word) {
      if (ch.toLowerCase() === ch.toUpperCase()) continue;
      letters++;
      if (ch !== ch.toLowerCase()) upper++;
    }
  }
  return letters >= 4 && upper / letters > 0.9;
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
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const code = lower === upper ? (/\d/.test(ch) ? 'd' : ch) : ch === upper ? 'X' : 'x';
    if (code !== last) shape += code;
    last = code;
  }
  return shape.length > 12 ? shape.slice(0, 12) : shape;
}

/**
 * The features of every word of one sentence: the word, its affixes and shape, its neighbours, its casing
 * against its position, gazetteer tags, and what the rest of the article says about its casing.
 */
export function sentenceFeatures(words: readonly string[], gazetteer: readonly (readonly string[])[], casing: DocumentCasing): string[][] {
  const shouted = isShouted(words);
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(wordShape);
  const classes = words.map(caseClass);
  const at = (list: readonly string[], i: number): string => (i < 0 ? '<s>' : i >= list.length ? '</s>' : (list[i] ?? ''));
  const out: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const low = lower[i] ?? '';
    const kind = classes[i] ?? '';
    const f = ['b', `w=${word}`, `l=${low}`, `s=${shapes[i]}`, `c=${kind}|${i === 0 ? 'first' : 'in'}|${shouted ? 'caps' : 'norm'}`];
    for (let n = 1; n <= 4 && n < low.length; n++) f.push(`p${n}=${low.slice(0, n)}`, `x${n}=${low.slice(-n)}`);
    f.push(
      `l-1=${at(lower, i - 1)}`,
      `l+1=${at(lower, i + 1)}`,
      `l-2=${at(lower, i - 2)}`,
      `l+2=${at(lower, i + 2)}`,
      `s-1=${at(shapes, i - 1)}`,
      `s+1=${at(shapes, i + 1)}`,
      `l-1|l=${at(lower, i - 1)}|${low}`,
      `l|l+1=${low}|${at(lower, i + 1)}`,
      `cs=${at(classes, i - 1)}|${kind}|${at(classes, i + 1)}`,
    );
    for (const tag of gazetteer[i] ?? []) f.push(`g=${tag}`, `gc=${tag}|${kind}`);
    for (const tag of gazetteer[i - 1] ?? []) f.push(`g-1=${tag}`);
    for (const tag of gazetteer[i + 1] ?? []) f.push(`g+1=${tag}`);
    if (kind !== 'x' && kind !== 'd' && kind !== 'p') {
      const position = shouted ? 'caps' : i === 0 ? 'first' : 'in';
      if (casing.capitalisedMidSentence.has(low)) f.push(`d=cap|${position}`);
      if (casing.seenLowercase.has(low)) f.push(`d=low|${position}`);
    }
    out.push(f);
  }
  return out;
}
