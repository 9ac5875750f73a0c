import { InputError } from '../model/errors.ts';
import { parseSourceDate } from './parse-published.ts';
import type { SourceItem } from './source-item.ts';

const OPTIONAL_FIELDS = ['title', 'url', 'source', 'published', 'guid'] as const;

/** Reads one JSONL line `{text, published?, source?, title?, url?, guid?}`; a bad line is an item error naming its number. */
export function parseJsonlLine(line: string, lineNumber: number, where: string): SourceItem | undefined {
  if (line.trim().length === 0) return undefined;
  const label = `${where} line ${lineNumber}`;
  const fail = (message: string): SourceItem => ({ label, error: new InputError(`${label}: ${message}`) });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return fail(`not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('expected a JSON object like {"text": "…", "published": "2025-06-18"}.');
  }
  const record = value as Record<string, unknown>;
  if (typeof record['text'] !== 'string' || record['text'].trim() === '') {
    return fail('expected a non-empty string in `text`.');
  }
  const fields: Record<string, string> = {};
  for (const key of OPTIONAL_FIELDS) {
    const field = record[key];
    if (field === undefined || field === null) continue;
    if (typeof field !== 'string') return fail(`expected \`${key}\` to be a string, got ${JSON.stringify(field).slice(0, 40)}.`);
    if (field.trim()) fields[key] = field.trim();
  }
  const date = parseSourceDate(fields['published'], label);
  delete fields['published'];
  return {
    label,
    article: {
      text: record['text'],
      ...fields,
      ...(date.published ? { published: date.published } : {}),
      ...(date.diagnostic ? { diagnostics: [date.diagnostic] } : {}),
    },
  };
}
