import type { DateMention } from '../../model/date-mention.ts';

/** A gold TIMEX3 as in TempEval-style JSONL: offsets into the document text, type and value. */
export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
  readonly text?: string;
}

/** Counts from comparing found mentions with gold ones in one or more documents (add them up across documents). */
export interface DateScoreCounts {
  gold: number;
  found: number;
  matched: number;
  valueCorrect: number;
  typeCorrect: number;
}

/** One disagreement, for the detail listing of `tidings eval dates`. */
export interface DateMismatch {
  readonly kind: 'missed' | 'spurious' | 'value' | 'type';
  /** Id of the gold document, when the caller scores several. */
  readonly doc?: string;
  readonly text: string;
  readonly expected?: string;
  readonly got?: string;
  /** Rule that produced the found expression (value, type and spurious mismatches), to group errors by class. */
  readonly rule?: string;
}

/** Matches gold and found expressions one-to-one by overlapping extents (lenient match, TempEval-3 relaxed). */
export function scoreDateMentions(gold: readonly GoldTimex[], found: readonly DateMention[], counts: DateScoreCounts): DateMismatch[] {
  const mismatches: DateMismatch[] = [];
  const used = new Set<number>();
  counts.gold += gold.length;
  counts.found += found.length;
  for (const timex of gold) {
    const index = found.findIndex((m, i) => !used.has(i) && m.span.start < timex.end && timex.start < m.span.end);
    const mention = found[index];
    if (!mention) {
      mismatches.push({ kind: 'missed', text: timex.text ?? '', expected: `${timex.type} ${timex.value}` });
      continue;
    }
    used.add(index);
    counts.matched++;
    if (mention.value === timex.value) counts.valueCorrect++;
    else mismatches.push({ kind: 'value', text: `${timex.text ?? ''} | ${mention.text}`, expected: timex.value, got: mention.value ?? '(none)', rule: mention.rule });
    if (mention.type === timex.type) counts.typeCorrect++;
    else mismatches.push({ kind: 'type', text: mention.text, expected: timex.type, got: mention.type, rule: mention.rule });
  }
  found.forEach((m, i) => {
    if (!used.has(i)) mismatches.push({ kind: 'spurious', text: m.text, got: `${m.type} ${m.value ?? ''}`, rule: m.rule });
  });
  return mismatches;
}

/** Extent F1 and accuracies from summed counts; value and type accuracy are over matched gold expressions. */
export function summariseDateScores(counts: DateScoreCounts): { extentPrecision: number; extentRecall: number; extentF1: number; valueAccuracy: number; typeAccuracy: number } {
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : Math.round((a / b) * 10_000) / 10_000);
  const precision = ratio(counts.matched, counts.found);
  const recall = ratio(counts.matched, counts.gold);
  const f1 = precision + recall === 0 ? 0 : Math.round(((2 * precision * recall) / (precision + recall)) * 10_000) / 10_000;
  return { extentPrecision: precision, extentRecall: recall, extentF1: f1, valueAccuracy: ratio(counts.valueCorrect, counts.matched), typeAccuracy: ratio(counts.typeCorrect, counts.matched) };
}
