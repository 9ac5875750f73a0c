/** One way a TABARI pattern line can read once its synsets are filled in, as the project's word slots. */
export interface TabariPatternShape {
  /** Words before the trigger; `word_` must touch the word (or trigger) to its right; `+`, `$`, `^` are actor slots. */
  readonly before: readonly string[];
  /** Words after the trigger; `_word` must touch the word before it; `+`, `$`, `^` are actor slots. */
  readonly after: readonly string[];
  /** `%`: the pattern codes between the members of a compound actor. */
  readonly isSymmetric: boolean;
  /** The first word after the trigger, for the pattern's id. */
  readonly label: string;
}

interface Item {
  readonly text: string;
  /** Joined to the item before by `_` ("REAL_PLEASANT"): the two words are consecutive. */
  readonly isGlued: boolean;
}

const MARKERS = new Set(['+', '$', '^']);
// Past this many readings a pattern's synsets are too many to spell out; PETRARCH's own files stay far below.
const MAX_READINGS = 64;

/**
 * Reads the part of a `- pre * post [code]` line before its code. `_` joins words that must be consecutive, a space
 * lets other words come between; `+` is where the target is, `$` the source, `^` an actor passed over, `%` a compound.
 * A synset whose members are single words is one slot of alternatives; one with longer members is spelled out.
 */
export function readPatternLine(text: string, synsets: ReadonlyMap<string, readonly string[]>): TabariPatternShape[] {
  // `(…)` and `{…}` only group words (PETRARCH's phrases); `BY/WITH` is one slot of alternatives.
  const readings = expand(splitItems(text.replace(/[(){}]/g, ' ')), synsets, 0);
  return readings.flatMap((items) => {
    const star = items.findIndex((item) => item.text === '*');
    if (star < 0) return [];
    const isSymmetric = items.some((item) => item.text === '%');
    const before = items.slice(0, star).filter((item) => item.text !== '%');
    const after = items.slice(star + 1).filter((item) => item.text !== '%');
    const glue = (item: Item, next: Item | undefined): string => (next?.isGlued && !MARKERS.has(item.text) ? `${item.text}_` : item.text);
    const beforeWords = before.map((item, index) => glue(item, before[index + 1] ?? items[star]));
    const afterWords = after.map((item, index) => {
      const previous = index === 0 ? items[star] : after[index - 1];
      return item.isGlued && !MARKERS.has(item.text) && !MARKERS.has(previous?.text ?? '') ? `_${item.text}` : item.text;
    });
    if (beforeWords.length === 0 && afterWords.length === 0 && !isSymmetric) return [];
    const label = after.find((item) => !MARKERS.has(item.text))?.text.split('|')[0] ?? '';
    return [{ before: beforeWords, after: afterWords, isSymmetric, label }];
  });
}

function splitItems(text: string): Item[] {
  const items: Item[] = [];
  for (const match of text.matchAll(/([\s_]*)([^\s_]+)/g)) {
    const separator = match[1] ?? '';
    items.push({ text: (match[2] ?? '').toLowerCase().replace(/(?<=\p{L})\/(?=\p{L})/gu, '|'), isGlued: separator !== '' && !/\s/.test(separator) && items.length > 0 });
  }
  return items;
}

/** Every reading of the items with synsets filled in, nested synsets too. */
function expand(items: readonly Item[], synsets: ReadonlyMap<string, readonly string[]>, depth: number): Item[][] {
  let readings: Item[][] = [[]];
  for (const item of items) {
    const alternatives = item.text.startsWith('&') ? synsetReadings(item, synsets, depth) : [[item]];
    if (alternatives.length === 0) return [];
    readings = readings.flatMap((reading) => alternatives.map((alternative) => [...reading, ...alternative])).slice(0, MAX_READINGS);
  }
  return readings;
}

function synsetReadings(item: Item, synsets: ReadonlyMap<string, readonly string[]>, depth: number): Item[][] {
  const members = synsets.get(synsetName(item.text)) ?? [];
  if (depth > 3 || members.length === 0) return [];
  const readings = members.flatMap((member) => expand(splitItems(member), synsets, depth + 1));
  // The first word of each reading takes the synset's own place: glued to what came before if the synset was.
  const placed = readings.filter((reading) => reading.length > 0).map((reading) => reading.map((word, index) => (index === 0 ? { ...word, isGlued: item.isGlued } : word)));
  if (placed.every((reading) => reading.length === 1)) return [[{ text: placed.map((reading) => reading[0]?.text ?? '').join('|'), isGlued: item.isGlued }]];
  return placed;
}

/** A synset's name as used in patterns; a trailing `_` is not part of it (`&PREPOSIT1_` is used as `&PREPOSIT1`). */
export function synsetName(word: string): string {
  return word.toUpperCase().replace(/_+$/, '');
}
