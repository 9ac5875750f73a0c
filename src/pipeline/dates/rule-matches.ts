import type { TimeRule } from './time-rule.ts';

/** One match of a rule's pattern, before it is resolved. */
export interface RuleMatch {
  readonly rule: TimeRule;
  /** The rule's place in the rule list: on equal extents the earlier rule wins. */
  readonly order: number;
  readonly start: number;
  readonly end: number;
  readonly groups: Readonly<Record<string, string | undefined>>;
}

/** The rules' anchors made prefix-free, one look-ahead pattern finding them all, and each rule's anchor ids. */
export interface AnchorIndex {
  readonly size: number;
  readonly pattern: RegExp;
  readonly ids: ReadonlyMap<string, number>;
  /** Per rule (by its place in the list), the ids of its anchors; undefined for a rule without anchors. */
  readonly ruleAnchors: readonly (Int32Array | undefined)[];
}

/**
 * Indexes the anchors of a rule list. An anchor with a shorter anchor as prefix is replaced by it (a weaker test, so
 * still a necessary one), which leaves at most one anchor starting at any position: one scan finds every occurrence.
 */
export function anchorIndex(rules: readonly TimeRule[]): AnchorIndex {
  const all = [...new Set(rules.flatMap((rule) => rule.anchors ?? []))].sort((a, b) => a.length - b.length);
  const shortest = (anchor: string) => all.find((other) => anchor.startsWith(other)) ?? anchor;
  const kept = [...new Set(all.map(shortest))];
  const ids = new Map(kept.map((anchor, id) => [anchor, id]));
  const escaped = kept.map((anchor) => anchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return {
    size: kept.length,
    pattern: new RegExp(`(?=(${escaped.join('|')}))`, 'g'),
    ids,
    ruleAnchors: rules.map((rule) => (rule.anchors ? Int32Array.from(new Set(rule.anchors.map((anchor) => ids.get(shortest(anchor)) ?? -1))) : undefined)),
  };
}

/** The lines of one text and which anchors each holds. */
export interface TextLines {
  /** Start of each line; line `k` ends where line `k + 1` starts, less its line break. */
  readonly starts: Int32Array;
  /** `marks[k × size + id]` is 1 when line `k` holds anchor `id`. */
  readonly marks: Uint8Array;
}

/**
 * Finds the anchors line by line, or undefined when gating cannot help or cannot be trusted: a single line, or a text
 * whose lower-cased form has another length (a letter such as 'İ' grew), so its positions would not be the text's.
 */
export function textLines(text: string, index: AnchorIndex): TextLines | undefined {
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  if (count === 1) return undefined;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return undefined;
  const starts = new Int32Array(count + 1);
  for (let k = 1, at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts[k++] = at + 1;
  starts[count] = text.length + 1;
  const marks = new Uint8Array(count * index.size);
  let line = 0;
  for (const match of lower.matchAll(index.pattern)) {
    while ((starts[line + 1] as number) <= match.index) line++;
    marks[line * index.size + (index.ids.get(match[1] as string) ?? 0)] = 1;
  }
  return { starts, marks };
}

/**
 * Appends the matches of `rule.pattern` in `text` to `out`: exactly those of `text.matchAll(rule.pattern)`. With
 * anchors and lines, only the runs of lines holding one of the rule's anchors are scanned: the pattern cannot match a
 * line break and its look-arounds see a run's edges as they see a line break (see `TimeRule.anchors`), so the lines
 * left out hold no match and the runs scanned yield the same ones. Most lines of an article name no month, weekday
 * or unit of time, and scanning whole texts with thirty patterns was most of the stage's cost.
 */
export function collectRuleMatches(rule: TimeRule, order: number, anchors: Int32Array | undefined, text: string, lines: TextLines | undefined, size: number, out: RuleMatch[]): void {
  if (!anchors || !lines) {
    scan(rule, order, text, 0, out);
    return;
  }
  const { starts, marks } = lines;
  const count = starts.length - 1;
  let runStart = -1;
  for (let line = 0; line <= count; line++) {
    let holds = false;
    if (line < count) for (let a = 0; a < anchors.length && !holds; a++) holds = marks[line * size + (anchors[a] as number)] === 1;
    if (holds) {
      if (runStart < 0) runStart = starts[line] as number;
    } else if (runStart >= 0) {
      // The run ends before this line's break: the text from the run's start to the end of the previous line.
      const end = (starts[line] as number) - 1;
      scan(rule, order, text.slice(runStart, end), runStart, out);
      runStart = -1;
    }
  }
}

/** `matchAll` without its per-call copy of the pattern: the same matches, and an empty one steps on by one. */
function scan(rule: TimeRule, order: number, part: string, offset: number, out: RuleMatch[]): void {
  const pattern = rule.pattern;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(part); match !== null; match = pattern.exec(part)) {
    const start = offset + match.index;
    out.push({ rule, order, start, end: start + match[0].length, groups: match.groups ?? {} });
    if (match[0].length === 0) pattern.lastIndex++;
  }
}
