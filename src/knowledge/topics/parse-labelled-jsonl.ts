import { InputError } from '../../model/errors.ts';

/** One line of a labelled file: `{text, label}` or `{text, labels:[…]}`, with an optional `title` headline. */
export interface LabelledLine {
  readonly text: string;
  readonly title?: string;
  readonly labels: readonly string[];
}

/** Parses labelled JSONL, quoting the file and line of the first malformed record. */
export function parseLabelledJsonl(content: string, file: string): LabelledLine[] {
  const lines: LabelledLine[] = [];
  content.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const where = `${file}:${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new InputError(`Expected a JSON object on ${where}, got \`${line.slice(0, 60)}\`.`, 'Each line must be {"text": "…", "label": "…"}.');
    }
    const { text, title, label, labels } = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
    const all = Array.isArray(labels) ? labels : label !== undefined ? [label] : [];
    if (typeof text !== 'string' || text.trim() === '' || all.length === 0 || !all.every((l) => typeof l === 'string' && l !== '')) {
      throw new InputError(
        `Expected \`text\` (a string) and \`label\` (a string) or \`labels\` (strings) on ${where}, got \`${line.slice(0, 80)}\`.`,
        'Each line must be {"text": "…", "label": "…"} or {"text": "…", "labels": ["…"]}.',
      );
    }
    lines.push({ text, labels: all as string[], ...(typeof title === 'string' && title ? { title } : {}) });
  });
  if (lines.length === 0) throw new InputError(`Expected labelled lines in ${file}, found none.`, 'Each line must be {"text": "…", "label": "…"}.');
  return lines;
}
