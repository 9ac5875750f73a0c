import type { ActorEntry, AgentEntry, DatedCode, DictionaryEntry, DictionaryPhrase } from './actor-dictionary.ts';

/** A TABARI/PETRARCH verb dictionary (`--- RESTORE [064] ---` blocks), which no actor file holds. */
export function isTabariVerbDictionary(text: string): boolean {
  return /^---\s*\S+.*\[[^\]]*\]\s*---\s*$/m.test(text);
}

/** Parses a TABARI/PETRARCH `.actors` or `.agents` text: `NAME [CODE]`, `+SYNONYM` lines, dated `[CODE from-to]` blocks. */
export function parseTabariDictionary(text: string): DictionaryEntry[] {
  const substitutions = new Map<string, readonly string[]>();
  const entries: DictionaryEntry[] = [];
  let current: { names: string[]; codes: string[] } | undefined;
  // Names followed by `{…}`: PETRARCH forms no plural of them, only the forms listed ("POLICE {}", "GOOSE {GEESE}").
  const uninflected = new Set<string>();
  // As in PETRARCH, root names with no codes of their own share the next code block ("DMITRY_MEDVEDEV_ +MEDVEDEV" then "DMITRI_MEDVEDEV_ … [RUSGOV >080507]").
  let pending: string[] = [];
  const flush = (): void => {
    if (current && current.codes.length === 0) pending.push(...current.names);
    else if (current) {
      entries.push(...toEntries([...pending, ...current.names], current.codes, substitutions, uninflected));
      pending = [];
    }
    current = undefined;
  };
  // Phoenix.Countries.actors.txt has 54,000 lines: the regexes run only on lines that hold what they look for.
  for (const rawLine of text.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/)) {
    const hash = rawLine.indexOf('#');
    const line = (hash >= 0 ? rawLine.slice(0, hash) : rawLine).trim();
    if (line === '') continue;
    const substitution = line.startsWith('!') ? /^(![A-Z]+!)\s*=\s*(.+)$/i.exec(line) : null;
    if (substitution?.[1] && substitution[2]) {
      substitutions.set(substitution[1].toUpperCase(), substitution[2].split(',').map((word) => word.trim()).filter(Boolean));
      continue;
    }
    const hasCode = line.includes('[');
    const codes = hasCode ? [...line.matchAll(/\[([^\]]*)\]/g)].map((match) => (match[1] ?? '').trim()) : [];
    const forms = line.includes('{') ? /\{([^}]*)\}/.exec(line)?.[1]?.split(/\s+/).filter(Boolean) : undefined;
    const name = hasCode || forms ? line.replace(/\[[^\]]*\]/g, '').replace(/\{[^}]*\}/g, '').trim() : line;
    if (forms) for (const form of [name.replace(/^\+/, '').trim(), ...forms]) uninflected.add(form);
    if (name.startsWith('+')) {
      current?.names.push(name.slice(1).trim(), ...(forms ?? []));
      current?.codes.push(...codes);
    } else if (name === '') {
      current?.codes.push(...codes);
    } else {
      flush();
      current = { names: [name, ...(forms ?? [])], codes };
    }
  }
  flush();
  if (pending.length > 0) entries.push(...toEntries(pending, [], substitutions, uninflected));
  return entries;
}

function toEntries(names: readonly string[], codes: readonly string[], substitutions: ReadonlyMap<string, readonly string[]>, uninflected: ReadonlySet<string>): DictionaryEntry[] {
  const phrases = names.flatMap((name) => expandSubstitutions(name, substitutions).map((text) => toPhrase(text, uninflected.has(name))));
  const displayName = titleCase(names[0] ?? '');
  const agentCode = codes.find((code) => code.includes('~'));
  if (agentCode) {
    const agent: AgentEntry = {
      kind: 'agent',
      name: displayName,
      phrases,
      code: agentCode.replace('~', ''),
      placement: agentCode.startsWith('~') ? 'after' : 'before',
    };
    return [agent];
  }
  const dated = codes.map(parseDatedCode).filter((code): code is DatedCode => code !== undefined);
  const undated = dated.filter((code) => code.from === undefined && code.to === undefined);
  const actor: ActorEntry = {
    kind: 'actor',
    name: displayName,
    phrases,
    ...(undated[0] ? { code: undated[0].code } : {}),
    datedCodes: dated.filter((code) => code.from !== undefined || code.to !== undefined),
  };
  return [actor];
}

function expandSubstitutions(name: string, substitutions: ReadonlyMap<string, readonly string[]>): string[] {
  const marker = /![A-Z]+!/i.exec(name);
  const words = marker ? substitutions.get(marker[0].toUpperCase()) : undefined;
  if (!marker || !words) return [name];
  return words.flatMap((word) => expandSubstitutions(name.replace(marker[0], word), substitutions));
}

/**
 * A name without a trailing `_` is a stem, but only when its last word is long enough to be one: PETRARCH's own test
 * wants `THE_AU` to miss "The Australian". A lone two-letter word is an acronym ("UN", "US", "TV") and matches only
 * as capitals, so "Kim Jong Un" holds no United Nations; three letters can be a word ("Qom", "mob").
 */
function toPhrase(name: string, isUninflected: boolean): DictionaryPhrase {
  const text = name.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  const lastWord = text.slice(text.lastIndexOf(' ') + 1);
  if (isUninflected) return { text: text.toLowerCase(), isStem: false, isUninflected };
  const isStem = !name.endsWith('_') && lastWord.length >= MIN_STEM_LENGTH;
  if (/^\p{L}{2}$/u.test(text)) return { text: text.toUpperCase(), isStem: false, isCaseSensitive: true };
  return { text: text.toLowerCase(), isStem };
}

const MIN_STEM_LENGTH = 4;

/** `HOBGOV 19950601 - 19990815`, `HOB < 950601`, `HOBREB > 990816`, `RUSGOV >080508`, or a bare code; `ELR/GAL` names two actors at once. */
function parseDatedCode(raw: string): DatedCode | undefined {
  const match = /^([A-Z0-9/]*)\s*(?:(<|>)\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*$/i.exec(raw);
  if (!match) return undefined;
  const code = (match[1] ?? '').toUpperCase();
  if (code === '' || /^[-+]+$/.test(raw.trim())) return undefined;
  if (match[2] === '<' && match[3]) return { code, to: toIsoDate(match[3]) };
  if (match[2] === '>' && match[3]) return { code, from: toIsoDate(match[3]) };
  if (match[4] && match[5]) return { code, from: toIsoDate(match[4]), to: toIsoDate(match[5]) };
  return { code };
}

/** TABARI dates are YYMMDD (years before 40 are 20xx) or YYYYMMDD. */
function toIsoDate(digits: string): string {
  const full = digits.length === 8 ? digits : `${Number(digits.slice(0, 2)) < 40 ? '20' : '19'}${digits}`;
  return `${full.slice(0, 4)}-${full.slice(4, 6)}-${full.slice(6, 8)}`;
}

function titleCase(name: string): string {
  return name
    .replace(/_/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
