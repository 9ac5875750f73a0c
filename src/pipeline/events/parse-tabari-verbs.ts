import type { EventPattern } from './event-pattern.ts';

/**
 * Reads a TABARI/PETRARCH verb dictionary (`--- VERB [code] ---` blocks, verb lines, `- pre * post [code]` patterns,
 * `&SYNSET` lists) into the project's patterns: words before `*` must precede the trigger, words after it follow;
 * `%` (compound subject) sets the symmetric flag.
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
      const pattern = /^-\s*(.*?)\*(.*?)\[([^\]]*)\]/.exec(line);
      if (!pattern) continue;
      const code = lastCode(`[${pattern[3] ?? ''}]`);
      const before = expandWords(pattern[1] ?? '', synsets);
      const after = expandWords(pattern[2] ?? '', synsets);
      if (!code || after === undefined || before === undefined || (after === '' && before === '')) continue;
      for (const verb of verbs) {
        const made = toPattern(verb.forms, after, code, (pattern[1] ?? '').includes('%'), origin, patterns.length);
        patterns.push(before ? { ...made, before: before.split(' ') } : made);
      }
      continue;
    }
    const verb = /^\+?([A-Z][A-Z'-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*$/i.exec(line.trim());
    if (!verb?.[1]) continue;
    const forms = [verb[1], ...(verb[2] ?? '').replace(/[{}]/g, ' ').split(/\s+/)].filter(Boolean).map((form) => form.toLowerCase());
    const code = verb[3] ? lastCode(verb[3]) : blockCode;
    verbs.push({ forms, code });
    if (code) patterns.push(toPattern(forms, '', code, false, origin, patterns.length));
  }
  return patterns;
}

function toPattern(forms: readonly string[], after: string, codes: string, isSymmetric: boolean, origin: string, index: number): EventPattern {
  const [code = codes, reverseCode] = codes.split(':');
  return {
    id: `${origin.split('/').pop() ?? origin}#${index + 1}:${forms[0] ?? ''}${after ? `-${after.split(' ')[0]?.split('|')[0] ?? ''}` : ''}`,
    code,
    phrase: `${forms.join('|')}${after ? ` ${after}` : ''}`,
    ...(reverseCode ? { reverseCode } : {}),
    ...(isSymmetric ? { isSymmetric: true } : {}),
  };
}

/** `[064]`, `[032:033]`; `[---]` and non-numeric codes mean "no event". */
function lastCode(text: string): string | undefined {
  const codes = [...text.matchAll(/\[([^\]]*)\]/g)].map((match) => (match[1] ?? '').trim());
  const code = codes[codes.length - 1];
  return code && /^\d{2,4}(:\d{2,4})?$/.test(code) ? code : undefined;
}

function readSynsets(lines: readonly string[]): Map<string, string[]> {
  const synsets = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of lines) {
    if (line.startsWith('&')) {
      current = [];
      synsets.set(line.trim().split(/\s+/)[0]?.toUpperCase() ?? '', current);
    } else if (line.startsWith('+') && current) {
      current.push(line.slice(1).trim());
    } else if (line.trim() === '' || line.startsWith('---')) {
      current = undefined;
    }
  }
  return synsets;
}

/** Post-verb words as pattern slots; a synset becomes one slot of alternatives (first word of each member). */
function expandWords(text: string, synsets: ReadonlyMap<string, readonly string[]>): string | undefined {
  const slots = text.replace(/[()$%+]/g, ' ').split(/[\s_]+/).filter(Boolean).map((word) => {
    if (!word.startsWith('&')) return word.toLowerCase();
    const members = expandSynset(word.toUpperCase(), synsets, 0);
    return members.length > 0 ? members.join('|') : undefined;
  });
  if (slots.some((slot) => slot === undefined) || slots.length > 4) return undefined;
  return slots.join(' ');
}

function expandSynset(name: string, synsets: ReadonlyMap<string, readonly string[]>, depth: number): string[] {
  if (depth > 3) return [];
  return (synsets.get(name) ?? []).flatMap((member) => {
    const first = member.split(/[\s_]+/)[0] ?? '';
    return first.startsWith('&') ? expandSynset(first.toUpperCase(), synsets, depth + 1) : [first.toLowerCase()];
  });
}
