import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));

/**
 * Replaces the text between `<!-- bench:<slug> -->` markers in BENCHMARKS.md, or appends a new section, leaving
 * every other section (other benchmarks, other engineers) untouched.
 */
export function writeBenchmarkSection(title: string, body: string): void {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const start = `<!-- bench:${slug} -->`;
  const end = `<!-- /bench:${slug} -->`;
  const current = readFileSync(FILE, 'utf8');
  const block = `${start}\n${body}\n${end}`;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next = from >= 0 && to > from
    ? `${current.slice(0, from)}${block}${current.slice(to + end.length)}`
    : `${current.trimEnd()}\n\n## ${title}\n\n${block}\n`;
  writeFileSync(FILE, next);
}
