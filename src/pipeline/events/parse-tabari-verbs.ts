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
  let verbs: { forms: string[]; code: string | undefined }[] = [];
  for (const line of lines) {
    const header = /^---\s*(\S+)(.*?)---\s*$/.exec(line);
    if (header) {
      blockCode = lastCode(header[2] ?? '');
      verbs = [];
      continue;
    }
    if (line.trim() === '' || line.startsWith('&') || (line.startsWith('+') && verbs.length === 0)) continue;
    if (line.startsWith('-')) {
      const pattern = /^-\s*(.*?)\[([^\]]*)\]/.exec(line);
      const code = pattern ? lastCode(`[${pattern[2] ?? ''}]`) : undefined;
      if (!pattern || !code) continue;
      for (const shape of readPatternLine(pattern[1] ?? '', synsets)) {
        for (const verb of verbs) {
          const id = `${origin.split('/').pop() ?? origin}#${patterns.length + 1}:${verb.forms[0] ?? ''}${shape.label ? `-${shape.label}` : ''}`;
          patterns.push({ ...withCodes(id, code), phrase: [verb.forms.join('|'), ...shape.after].join(' '), isExact: true, ...(shape.before.length > 0 ? { before: shape.before } : {}), ...(shape.isSymmetric ? { isSymmetric: true } : {}) });
        }
      }
      continue;
    }
    const verb = /^\+?([A-Z][A-Z'-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*$/i.exec(line.trim());
    if (!verb?.[1]) continue;
    const forms = [verb[1], ...(verb[2] ?? '').replace(/[{}]/g, ' ').split(/\s+/)].filter(Boolean).map((form) => form.toLowerCase());
    const code = verb[3] ? lastCode(verb[3]) : blockCode;
    verbs.push({ forms, code });
    if (code) patterns.push({ ...withCodes(`${origin.split('/').pop() ?? origin}#${patterns.length + 1}:${forms[0] ?? ''}`, code), phrase: forms.join('|'), isExact: true });
  }
  return patterns;
}

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
