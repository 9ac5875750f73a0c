const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself ' +
    'his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ' +
    'out over own same she should so some such than that the their theirs them themselves then there these they this those ' +
    'through to too under until up very was we were what when where which while who whom why will with would you your yours ' +
    'said says say mr mrs ms one two three also year years new told like get got us may might must shall per'
  ).split(' '),
);

/** Lower-cases and strips plural endings so "troops", "troop" and "Troop's" meet in one feature. */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase();
  if (w.includes("'") || w.includes('’')) w = w.replace(/[’']s$/, '').replace(/[’']/g, '');
  const first = w.charCodeAt(0);
  if (first >= 48 && first <= 57) return '<num>';
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !(w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith('ics'))) w = w.slice(0, -1);
  return w;
}

/** Content words of a text in order, normalised, stopwords dropped: the base of every topic feature. */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:[’'][\p{L}]+)?/gu)) {
    const word = normalizeWord(match[0]);
    if (word.length > 1 && !STOPWORDS.has(word)) words.push(word);
  }
  return words;
}

/** Unigram and adjacent-bigram features: the bag the topic models count. */
export function textFeatures(text: string): string[] {
  const words = contentWords(text);
  const features = [...words];
  for (let i = 1; i < words.length; i++) features.push(`${words[i - 1]} ${words[i]}`);
  return features;
}

/** The feature key a lexicon entry ("prime ministers") matches: the same normalisation as the text. */
export function lexiconKey(entry: string): string {
  return contentWords(entry).join(' ');
}
