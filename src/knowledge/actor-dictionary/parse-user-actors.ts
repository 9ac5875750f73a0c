import { ConfigError } from '../../model/errors.ts';
import { phraseFromName, type ActorEntry, type DatedCode, type DictionaryPhrase } from './actor-dictionary.ts';

/**
 * Turns the parsed JSON/YAML of a user actor file (an array, or `{ actors: [...] }`) into dictionary entries. One actor:
 * `{ name, aliases?, code?, roles?: [{ title, code?, from?, to? }] }`.
 */
export function parseUserActors(data: unknown, file: string): ActorEntry[] {
  const list = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data['actors']) ? data['actors'] : undefined;
  if (!list) throw new ConfigError(`Expected a list of actors (or \`actors:\` holding one) in \`${file}\`.`);
  return list.map((item: unknown, index) => toEntry(item, `${file} #${index + 1}`));
}

function toEntry(item: unknown, where: string): ActorEntry {
  if (!isRecord(item) || typeof item['name'] !== 'string' || item['name'].trim() === '') {
    throw new ConfigError(`Expected an actor with a \`name\` string at ${where}, got \`${JSON.stringify(item)}\`.`);
  }
  const name = item['name'].trim();
  const aliases = Array.isArray(item['aliases']) ? item['aliases'].filter((alias): alias is string => typeof alias === 'string') : [];
  const roles = Array.isArray(item['roles']) ? item['roles'].filter(isRecord) : [];
  const code = typeof item['code'] === 'string' ? item['code'].toUpperCase() : undefined;
  const datedCodes: DatedCode[] = roles.flatMap((role) => {
    const roleCode = typeof role['code'] === 'string' ? role['code'].toUpperCase() : code;
    if (!roleCode) return [];
    return [{ code: roleCode, ...dateField(role, 'from'), ...dateField(role, 'to') }];
  });
  const titles = roles.map((role) => role['title']).filter((title): title is string => typeof title === 'string');
  const phrases: DictionaryPhrase[] = [name, ...aliases, ...titles.map((title) => `${title} ${name}`)].map(phraseFromName);
  return { kind: 'actor', name, phrases, ...(code ? { code } : {}), datedCodes };
}

function dateField(role: Record<string, unknown>, key: 'from' | 'to'): { from?: string } | { to?: string } {
  const value = role[key];
  if (value instanceof Date) return { [key]: value.toISOString().slice(0, 10) };
  return typeof value === 'string' ? { [key]: value } : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
