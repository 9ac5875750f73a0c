import { AFFIX_LENGTH, NEIGHBOUR_TEMPLATES } from './ner-features.ts';
import type { NerModel } from './ner-model.ts';

/** The `l|l+1=` feature family: a word with the lower-cased word after it. */
export const PAIR_BEFORE = 'l|l+1=';
/** The `l-1|l=` feature family: a word with the lower-cased word before it. */
export const PAIR_AFTER = 'l-1|l=';

/** Families read by a word's lower case: its own `l=`, then each lower-case neighbour template in order. */
export const LOWER_FAMILIES: readonly string[] = ['l', ...NEIGHBOUR_TEMPLATES.filter((t) => !t.isShape).map((t) => t.name)];
/** Families read by a word's shape: its own `s=`, then each shape neighbour template in order. */
export const SHAPE_FAMILIES: readonly string[] = ['s', ...NEIGHBOUR_TEMPLATES.filter((t) => t.isShape).map((t) => t.name)];

/** Rows of a few feature families that share one value (a lower-cased word, a shape), packed in one array. */
export class KeyedRows {
  private readonly index = new Map<string, number>();
  private list: number[] = [];
  private packed = new Int32Array(0);

  constructor(readonly width: number) {}

  /** Where `value`'s rows start, or -1 when no family has it. */
  find(value: string): number {
    return this.index.get(value) ?? -1;
  }

  /** Every value with rows. */
  values(): IterableIterator<string> {
    return this.index.keys();
  }

  /** The row of family `family` for the value found at `at` (-1 for none). */
  row(at: number, family: number): number {
    return at < 0 ? -1 : (this.packed[at + family] ?? -1);
  }

  /** Records a row while building. */
  set(value: string, family: number, row: number): void {
    let at = this.index.get(value);
    if (at === undefined) {
      at = this.list.length;
      this.index.set(value, at);
      for (let k = 0; k < this.width; k++) this.list.push(-1);
    }
    this.list[at + family] = row;
  }

  /** Ends building: the rows move to a typed array. */
  pack(): this {
    this.packed = Int32Array.from(this.list);
    this.list = [];
    return this;
  }
}

/**
 * The model's word-level features regrouped by value, so a new word costs a few map lookups of strings it already
 * has (the word, its lower case, shape, affixes) instead of one concatenated key per feature.
 */
export interface FeatureTables {
  /** `w=` rows by word. */
  readonly words: ReadonlyMap<string, number>;
  /** LOWER_FAMILIES by lower-cased word. */
  readonly lowers: KeyedRows;
  /** SHAPE_FAMILIES by shape. */
  readonly shapes: KeyedRows;
  /** `p{n}=` (family 0) and `x{n}=` (family 1) by affix, `n` being the affix's length. */
  readonly affixes: KeyedRows;
  /** Id of each lower-cased word that appears in a word-pair feature (`<s>`/`</s>` included). */
  readonly pairIds: ReadonlyMap<string, number>;
  /** Pair `left id × pairIds.size + right id` → index into `pairBefore`/`pairAfter` (rows, -1 where absent). */
  readonly pairs: ReadonlyMap<number, number>;
  readonly pairBefore: Int32Array;
  readonly pairAfter: Int32Array;
  /**
   * Every lower-cased word in `pairIds` or `lowers`, to its place in `formPairIds` and `formLowerAt` (its `pairIds` id
   * and `lowers.find`, -1 where absent): a word new to the recogniser costs one look-up here instead of two.
   */
  readonly lowerForms: ReadonlyMap<string, number>;
  readonly formPairIds: Int32Array;
  readonly formLowerAt: Int32Array;
}

/** Regroups a model's features into FeatureTables; features of other families are left to `model.rowOf`. */
export function buildFeatureTables(model: NerModel): FeatureTables {
  const words = new Map<string, number>();
  const lowers = new KeyedRows(LOWER_FAMILIES.length);
  const shapes = new KeyedRows(SHAPE_FAMILIES.length);
  const affixes = new KeyedRows(2);
  const pairIds = new Map<string, number>();
  // Family name → [table, family]: 0 words, 1 lowers, 2 shapes, 3 affixes (0 prefix, 1 suffix), 4 pairs (0 before, 1 after).
  const roles = new Map<string, readonly [number, number]>([['w', [0, 0]], [PAIR_BEFORE.slice(0, -1), [4, 0]], [PAIR_AFTER.slice(0, -1), [4, 1]]]);
  LOWER_FAMILIES.forEach((family, i) => roles.set(family, [1, i]));
  SHAPE_FAMILIES.forEach((family, i) => roles.set(family, [2, i]));
  for (let n = 1; n <= AFFIX_LENGTH; n++) roles.set(`p${n}`, [3, 0]).set(`x${n}`, [3, 1]);
  const pairList: number[] = [];
  for (const [feature, row] of model.features()) {
    const equals = feature.indexOf('=');
    const role = roles.get(feature.slice(0, equals));
    if (!role) continue;
    const [table, family] = role;
    const value = feature.slice(equals + 1);
    if (table === 0) words.set(value, row);
    else if (table === 1) lowers.set(value, family, row);
    else if (table === 2) shapes.set(value, family, row);
    // `p3=` is only ever a three-letter prefix, so an affix's length says which family it belongs to.
    else if (table === 3) {
      if (feature.charCodeAt(1) - 48 === value.length) affixes.set(value, family, row);
    } else {
      const bar = value.indexOf('|');
      // A form containing `|` makes the split ambiguous; the recogniser looks such pairs up by their feature string.
      if (bar < 0 || value.indexOf('|', bar + 1) >= 0) continue;
      const ids = [value.slice(0, bar), value.slice(bar + 1)].map((text) => {
        let id = pairIds.get(text);
        if (id === undefined) pairIds.set(text, (id = pairIds.size));
        return id;
      });
      pairList.push(family, ids[0] ?? 0, ids[1] ?? 0, row);
    }
  }
  const pairs = new Map<number, number>();
  const sides: [number[], number[]] = [[], []];
  for (let k = 0; k < pairList.length; k += 4) {
    const key = (pairList[k + 1] ?? 0) * pairIds.size + (pairList[k + 2] ?? 0);
    let at = pairs.get(key);
    if (at === undefined) {
      pairs.set(key, (at = sides[0].length));
      sides[0].push(-1);
      sides[1].push(-1);
    }
    sides[pairList[k] === 0 ? 0 : 1][at] = pairList[k + 3] ?? -1;
  }
  lowers.pack();
  const lowerForms = new Map<string, number>();
  for (const text of [...pairIds.keys(), ...lowers.values()]) if (!lowerForms.has(text)) lowerForms.set(text, lowerForms.size);
  const formPairIds = new Int32Array(lowerForms.size);
  const formLowerAt = new Int32Array(lowerForms.size);
  lowerForms.forEach((k, text) => {
    formPairIds[k] = pairIds.get(text) ?? -1;
    formLowerAt[k] = lowers.find(text);
  });
  return {
    words,
    lowers,
    shapes: shapes.pack(),
    affixes: affixes.pack(),
    pairIds,
    pairs,
    pairBefore: Int32Array.from(sides[0]),
    pairAfter: Int32Array.from(sides[1]),
    lowerForms,
    formPairIds,
    formLowerAt,
  };
}
