import { COOPERATION_ROWS } from './builtin-cooperation-patterns.ts';
import { DISSENT_ROWS } from './builtin-dissent-patterns.ts';
import { FORCE_ROWS } from './builtin-force-patterns.ts';
import { POSTURE_ROWS } from './builtin-posture-patterns.ts';
import { TALK_ROWS } from './builtin-talk-patterns.ts';
import type { EventPattern } from './event-pattern.ts';
import type { PatternRow } from './pattern-row.ts';

/**
 * The project's own CAMEO verb and noun patterns, grouped by root. Each row is `[code, phrase, flags]`:
 * the code may carry a reverse reading (`042:043`: X visits Y, so Y hosts X); the phrase is trigger lemma(s) then following words
 * (words before ` * ` must come before the trigger; `|` = alternatives, a final preposition introduces the
 * target); flags: `sym` (compound subjects pair up), `noun` (noun trigger), `rev` (source and target swap), `objto` (an
 * actor then "to" must follow: "wants Putin to…"), `objnext` (the object actor comes right after: "called Putin", not "called a truce"),
 * `adj` (an adjective after a copula: "was ready to", "remains hopeful that"), `armed` (the source is an armed force or group), `ofsource` (a noun's source follows "of": "the pullout of French troops").
 * `maker` (a noun coded only with its maker named: "China's accusation that…"), `names` (a judgement naming an act: "calling
 * the vote a sham", aimed at whoever did it), `aimed` (coded only with a coded target: "would send police to Liberia").
 */
const rows: readonly PatternRow[] = [
  ...TALK_ROWS,
  ...COOPERATION_ROWS,
  ...DISSENT_ROWS,
  ...POSTURE_ROWS,
  ...FORCE_ROWS,
];

/** The built-in patterns, with ids derived from code and phrase so every coded event names its rule. */
export const BUILTIN_PATTERNS: readonly EventPattern[] = rows.map(([codes, written, flags = '']) => ({
  id: `${codes.replace(':', '/')}:${written.replace(' * ', ' ').split(' ').map((part) => part.split('|')[0]).join('-')}${flags.includes('noun') ? ':noun' : flags.includes('adj') ? ':adj' : ''}`,
  code: codes.split(':')[0] ?? codes,
  ...(codes.includes(':') ? { reverseCode: codes.split(':')[1] ?? codes } : {}),
  // "sanction * impose on": words before ` * ` come before the trigger ("Sanctions were imposed on Iran by…").
  phrase: written.includes(' * ') ? written.split(' * ')[1] ?? written : written,
  ...(written.includes(' * ') ? { before: (written.split(' * ')[0] ?? '').split(' ') } : {}),
  ...(flags.includes('sym') ? { isSymmetric: true } : {}),
  ...(flags.includes('noun') ? { isNoun: true } : {}),
  ...(flags.includes('adj') ? { isAdjective: true } : {}),
  ...(flags.includes('rev') ? { isReversed: true } : {}),
  ...(flags.includes('objto') ? { needsObjectTo: true } : {}),
  ...(flags.includes('objnext') ? { needsObjectNext: true } : {}),
  ...(flags.includes('armed') ? { needsArmedSource: true } : {}),
  ...(flags.includes('ofsource') ? { hasOfSource: true } : {}),
  ...(flags.includes('maker') ? { needsSource: true } : {}),
  ...(flags.includes('aimed') ? { needsTarget: true } : {}),
  ...(flags.includes('names') ? { namesAct: true } : {}),
}));
