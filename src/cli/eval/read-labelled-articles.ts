import { readFileSync } from 'node:fs';
import { InputError } from '../../model/errors.ts';

/** One gold line of `eval clusters` / `eval duplicates`, with the common alternative field names accepted. */
export interface LabelledArticle {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  readonly published?: string;
  readonly source?: string;
  /** Gold story cluster (`cluster`, or ECB+'s `event_cluster`). */
  readonly cluster?: string;
  /** Gold duplicate group. */
  readonly group?: string;
}

/** Reads a JSONL gold file; `id` may be given as `doc`, `cluster` as `event_cluster`. Bad lines are InputErrors. */
export function readLabelledArticles(path: string): LabelledArticle[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`Cannot read the gold file \`${path}\`.`, 'Give the path of a JSONL file, one article per line.');
  }
  const articles: LabelledArticle[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new InputError(`Line ${index + 1} of \`${path}\` is not JSON: \`${line.slice(0, 60)}\`.`);
    }
    const id = stringOf(row['id'] ?? row['doc']);
    const text = stringOf(row['text']);
    if (id === undefined || text === undefined) {
      throw new InputError(`Line ${index + 1} of \`${path}\` needs an \`id\` and a \`text\`.`, 'Each line: {"id":…,"text":…,"cluster":…}');
    }
    const optional = (key: string, value: unknown) => {
      const s = stringOf(value);
      return s === undefined ? {} : { [key]: s };
    };
    articles.push({
      id,
      text,
      ...optional('title', row['title']),
      ...optional('published', row['published']),
      ...optional('source', row['source']),
      ...optional('cluster', row['cluster'] ?? row['event_cluster']),
      ...optional('group', row['group']),
    });
  });
  return articles;
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}
