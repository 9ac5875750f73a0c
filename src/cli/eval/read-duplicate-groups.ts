import { readFileSync } from 'node:fs';
import { InputError } from '../../model/errors.ts';

/**
 * Reads duplicate groups from a side file: `{"<any key>_groups": [[id, id…], …]}` or a bare `[[id, id…], …]`.
 * `key` picks the lists to use when the file holds several, comma-separated (default: the first whose key mentions
 * "exact"); ids in overlapping lists end up in one group.
 */
export function readDuplicateGroups(path: string, key?: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new InputError(`Cannot read duplicate groups from \`${path}\`.`, 'Give a JSON file holding a list of id lists.');
  }
  const keys = key === undefined ? [undefined] : key.split(',').map((k) => k.trim());
  const lists = Array.isArray(parsed) ? parsed : keys.flatMap((k) => pickList(parsed as Record<string, unknown>, k, path));
  const groupOf = new Map<string, string>();
  lists.forEach((group, index) => {
    if (!Array.isArray(group)) return;
    const ids = group.filter((id): id is string => typeof id === 'string');
    const label = ids.map((id) => groupOf.get(id)).find((g) => g !== undefined) ?? `g${index}`;
    const merged = new Set(ids.map((id) => groupOf.get(id)).filter((g) => g !== undefined));
    for (const [id, g] of groupOf) if (merged.has(g)) groupOf.set(id, label);
    for (const id of ids) groupOf.set(id, label);
  });
  return groupOf;
}

function pickList(record: Record<string, unknown>, key: string | undefined, path: string): unknown[] {
  const name = key ?? Object.keys(record).find((k) => k.includes('exact') && Array.isArray(record[k]));
  const list = name === undefined ? undefined : record[name];
  if (!Array.isArray(list)) {
    throw new InputError(`\`${path}\` has no list of groups${key ? ` under \`${key}\`` : ''}.`, `Keys found: ${Object.keys(record).join(', ')}`);
  }
  return list;
}
