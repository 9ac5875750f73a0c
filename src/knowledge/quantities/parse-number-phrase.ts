import type { Quantity } from '../../model/quantity.ts';
import { cardinalWords } from '../time/time-words.ts';

const scales: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

/** Vague counts with a conventional value: "dozens of" is read as about 24, "tens of thousands" as about 20,000. */
const vagueCounts: Readonly<Record<string, number>> = {
  dozens: 24, scores: 40, hundreds: 200, thousands: 2000, 'tens of thousands': 20_000, 'hundreds of thousands': 200_000,
  millions: 2e6, 'tens of millions': 2e7, 'hundreds of millions': 2e8, billions: 2e9,
};

/** A parsed number phrase: its value and whether the words themselves make it approximate. */
export interface NumberValue {
  readonly value: number;
  readonly approximation?: Quantity['approximation'];
}

/** Parses "5,000", "1.2 million", "$3bn" (without the symbol), "two", "a dozen", "twenty-five", "tens of thousands". */
export function parseNumberPhrase(text: string): NumberValue | undefined {
  const clean = text.toLowerCase().replace(/\s+of$/, '').replace(/-/g, ' ').trim();
  const vague = vagueCounts[clean];
  if (vague !== undefined) return { value: vague, approximation: 'about' };
  const digits = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*([a-z]+)?$/.exec(clean);
  if (digits) {
    const base = Number((digits[1] ?? '').replace(/,/g, '') + (digits[2] ?? ''));
    const scale = digits[3] ? scales[digits[3]] : 1;
    return scale === undefined ? undefined : { value: round(base * scale) };
  }
  let total = 0;
  let current = 0;
  for (const word of clean.split(/\s+/)) {
    // "a" only counts as one before a multiplier ("a dozen", "a hundred", "a million"), which default to one anyway.
    if (word === 'and' || word === 'a' || word === 'an') continue;
    const scale = scales[word];
    if (scale !== undefined && scale >= 1000) {
      total += (current || 1) * scale;
      current = 0;
      continue;
    }
    const value = word === 'half' ? 0.5 : cardinalWords[word];
    if (value === undefined) return undefined;
    if (value === 100) current = (current || 1) * 100;
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (word === 'half' && current) current *= 0.5;
    else current += value;
  }
  return { value: round(total + current) };
}

function round(value: number): number {
  return Math.abs(value) >= 1000 ? Math.round(value) : Math.round(value * 1e6) / 1e6;
}
