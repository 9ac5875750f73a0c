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
  /** Per rule, 1 when its pattern holds `\s`: it may read on past a line break into the next non-blank line. */
  readonly readsOn: Uint8Array;
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
    readsOn: Uint8Array.from(rules, (rule) => (rule.pattern.source.includes('\\s') ? 1 : 0)),
  };
}

/** The lines of one text and which anchors each holds. */
export interface TextLines {
  /** Start of each line; line `k` ends where line `k + 1` starts, less its line break. */
  readonly starts: Int32Array;
  /** `marks[k × size + id]` is 1 when line `k` holds anchor `id`. */
  readonly marks: Uint8Array;
  /** `present[id]` is 1 when any line holds anchor `id`. */
  readonly present: Uint8Array;
  /** `blank[k]` is 1 when line `k` holds only white space. */
  readonly blank: Uint8Array;
}

const SPACE = /\s/;

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    if (code < 127 || !SPACE.test(text.charAt(i))) return false;
  }
  return true;
}

/**
 * Finds the anchors line by line, or undefined when they cannot be trusted: the lower-cased text has another length (a
 * letter such as 'İ' grew), so its positions would not be the text's.
 */
export function textLines(text: string, index: AnchorIndex): TextLines | undefined {
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return undefined;
  const starts = new Int32Array(count + 1);
  for (let k = 1, at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts[k++] = at + 1;
  starts[count] = text.length + 1;
  const blank = new Uint8Array(count);
  for (let k = 0; k < count; k++) blank[k] = isBlankLine(text, starts[k] as number, (starts[k + 1] as number) - 1) ? 1 : 0;
  const marks = new Uint8Array(count * index.size);
  const present = new Uint8Array(index.size);
  let line = 0;
  for (const match of lower.matchAll(index.pattern)) {
    while ((starts[line + 1] as number) <= match.index) line++;
    const id = index.ids.get(match[1] as string) ?? 0;
    marks[line * index.size + id] = 1;
    present[id] = 1;
  }
  return { starts, marks, present, blank };
}

/** False when no line holds any of a rule's anchors: the rule cannot match, and its cue need not be tested. */
export function mayMatch(anchors: Int32Array | undefined, lines: TextLines | undefined): boolean {
  if (!anchors || !lines) return true;
  for (let a = 0; a < anchors.length; a++) if (lines.present[anchors[a] as number] === 1) return true;
  return false;
}

/**
 * Appends the matches of `rule.pattern` in `text` to `out`: exactly those of `text.matchAll(rule.pattern)`. With
 * anchors and lines, only the runs of lines holding one of the rule's anchors are scanned (blank lines between them
 * do not break a run). The pattern consumes no line break except through `\s`, and every match holds an anchor, so a
 * line without one holds no match; a pattern without `\s` sees a run's edges as it sees line breaks, and one with
 * `\s` ("March 5,\n2025", "2025 (?!\s?percent)") is given the next non-blank line as well, where it can read on
 * (see `TimeRule.anchors`). Most lines of an article name no month, weekday or unit of time, and scanning whole
 * texts with thirty patterns was most of the stage's cost.
 */
export function collectRuleMatches(rule: TimeRule, order: number, index: AnchorIndex, text: string, lines: TextLines | undefined, out: RuleMatch[]): void {
  const anchors = index.ruleAnchors[order];
  if (!anchors || !lines) {
    scan(rule, order, text, 0, out);
    return;
  }
  const { starts, marks, blank } = lines;
  const size = index.size;
  const readsOn = index.readsOn[order] === 1;
  const count = starts.length - 1;
  let runStart = -1;
  for (let line = 0; line <= count; line++) {
    let holds = false;
    if (line < count) for (let a = 0; a < anchors.length && !holds; a++) holds = marks[line * size + (anchors[a] as number)] === 1;
    if (holds) {
      if (runStart < 0) runStart = starts[line] as number;
      continue;
    }
    if (runStart < 0 || (line < count && blank[line] === 1)) continue;
    // The run ends at this line, which holds text but no anchor: before its line break, or after its end for a pattern that reads on.
    const end = (starts[readsOn && line < count ? line + 1 : line] as number) - 1;
    scan(rule, order, text.slice(runStart, end), runStart, out);
    runStart = -1;
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
