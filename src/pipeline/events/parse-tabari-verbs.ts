import type { EventPattern } from './event-pattern.ts';
import { readPatternLine, synsetName } from './read-tabari-pattern.ts';

/**
 * Reads a TABARI/PETRARCH verb dictionary (`--- VERB [code] ---` blocks, verb lines, `- pre * post [code]` patterns,
 * `&SYNSET` lists) into the project's patterns: words before `*` must precede the trigger, words after it follow
 * (see read-tabari-pattern for `_`, `+`, `$`, `^` and `%`). Pattern words match as written, as PETRARCH's do.
 */
export function parseTabariVerbs(text: string, origin: string): EventPattern[] {
  const lines = text.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/).map((line) => line.replace(/#.*$/, '').trimEnd());
  const synsets = readSynsets(lines);
  const patterns: EventPattern[] = [];
  let blockCode: string | undefined;
  let verbs: VerbLine[] = [];
  let inSynset = false;
  for (const line of lines) {
    const header = /^---\s*(\S+)(.*?)---\s*$/.exec(line);
    if (header) {
      inSynset = false;
      blockCode = lastCode(header[2] ?? '');
      verbs = [];
      continue;
    }
    // A synset's members ("+MILITARY" under "&TIETYPES") run until a blank line; `+` lines elsewhere are verbs ("+CORDON_OFF").
    if (line.startsWith('&')) inSynset = true;
    else if (line.trim() === '') inSynset = false;
    if (line.trim() === '' || inSynset) continue;
    if (line.startsWith('-')) {
      const pattern = /^-\s*(.*?)\[([^\]]*)\]/.exec(line);
      // A pattern coded `[---]` matches to say "no event here" ("received a card"), so the verb's own code stays out.
      const code = pattern ? lastCode(`[${pattern[2] ?? ''}]`) ?? (pattern[2]?.trim() === '---' ? NO_EVENT : undefined) : undefined;
      if (!pattern || !code) continue;
      for (const shape of readPatternLine(pattern[1] ?? '', synsets)) {
        for (const verb of verbs) {
          for (const form of verb.forms) {
            const id = `${origin.split('/').pop() ?? origin}#${patterns.length + 1}:${form.heads[0] ?? ''}${shape.label ? `-${shape.label}` : ''}`;
            const before = [...shape.before, ...form.before];
            patterns.push({ ...withCodes(id, code), phrase: [form.heads.join('|'), ...form.after, ...shape.after].join(' '), isExact: true, ...(before.length > 0 ? { before } : {}), ...(shape.isSymmetric ? { isSymmetric: true } : {}) });
          }
        }
      }
      continue;
    }
    const verb = /^([+A-Z][A-Z_+'-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*$/i.exec(line.trim());
    if (!verb?.[1]) continue;
    const forms = readVerbForms([verb[1], ...(verb[2] ?? '').replace(/[{}]/g, ' ').split(/\s+/)].filter(Boolean));
    const code = verb[3] ? lastCode(verb[3]) : blockCode;
    verbs.push({ forms, code });
    for (const form of code ? forms : []) {
      const id = `${origin.split('/').pop() ?? origin}#${patterns.length + 1}:${form.heads[0] ?? ''}`;
      patterns.push({ ...withCodes(id, code ?? ''), phrase: [form.heads.join('|'), ...form.after].join(' '), isExact: true, ...(form.before.length > 0 ? { before: form.before } : {}) });
    }
  }
  return patterns;
}

/** A verb line: its forms grouped by the words around their head, and the code it carries, if any. */
interface VerbLine {
  readonly forms: readonly VerbForm[];
  readonly code: string | undefined;
}

/** "WIRE_+TAP": the head word (`+`, else the first) is the trigger; the words joined to it must touch it. */
interface VerbForm {
  readonly heads: readonly string[];
  readonly before: readonly string[];
  readonly after: readonly string[];
}

function readVerbForms(written: readonly string[]): VerbForm[] {
  const forms = new Map<string, { heads: string[]; before: string[]; after: string[] }>();
  for (const form of written) {
    const words = form.toLowerCase().replace(/^\+(?=[^_]*$)/, '').split('_').filter(Boolean);
    const marked = words.findIndex((word) => word.startsWith('+'));
    const head = marked >= 0 ? marked : 0;
    const before = words.slice(0, head).map((word) => `${word}_`);
    const after = words.slice(head + 1).map((word) => `_${word.replace(/^\+/, '')}`);
    const key = `${before.join(' ')}*${after.join(' ')}`;
    const group = forms.get(key) ?? { heads: [], before, after };
    group.heads.push((words[head] ?? '').replace(/^\+/, ''));
    forms.set(key, group);
  }
  return [...forms.values()];
}

/** The code of a pattern that matches only to code nothing (TABARI's `[---]`). */
export const NO_EVENT = '---';

function withCodes(id: string, codes: string): Pick<EventPattern, 'id' | 'code' | 'reverseCode'> {
  const [code = codes, reverseCode] = codes.split(':');
  return { id, code, ...(reverseCode ? { reverseCode } : {}) };
}

/** `[064]`, `[032:033]`, PETRARCH's lettered test codes (`[174K]`); `[---]` and other codes mean "no event". */
function lastCode(text: string): string | undefined {
  const codes = [...text.matchAll(/\[([^\]]*)\]/g)].map((match) => (match[1] ?? '').trim());
  const code = codes[codes.length - 1];
  return code && /^\d{2,4}[A-Z]?(:\d{2,4}[A-Z]?)?$/i.test(code) ? code.toUpperCase() : undefined;
}

/** Synset members by name; a name's trailing `_` is not part of it (`&PREPOSIT1_` is used as `&PREPOSIT1`). */
function readSynsets(lines: readonly string[]): Map<string, string[]> {
  const synsets = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of lines) {
    if (line.startsWith('&')) {
      current = [];
      synsets.set(synsetName(line.trim().split(/\s+/)[0] ?? ''), current);
    } else if (line.startsWith('+') && current) {
      current.push(line.slice(1).trim());
    } else if (line.trim() === '' || line.startsWith('---')) {
      current = undefined;
    }
  }
  return synsets;
}
