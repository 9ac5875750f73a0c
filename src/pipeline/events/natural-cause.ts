import type { Token } from '../../model/token.ts';
import { singular } from '../quantities/counted-phrase.ts';

/** "a crash", "an accident", "a stampede": mishaps, which kill with no one attacking and make a blast no attack. */
export const MISHAPS: readonly string[] = ['crash', 'accident', 'stampede'];
// Disasters, accidents and market moves that "strike" or "kill"; fire, blasts and explosions are left out, being mostly weapons.
export const NATURAL_CAUSES: ReadonlySet<string> = new Set([
  'earthquake', 'quake', 'tremor', 'aftershock', 'tsunami', 'storm', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'flood', 'flooding', 'landslide',
  'mudslide', 'avalanche', 'wildfire', 'drought', 'heatwave', 'eruption', 'collapse', ...MISHAPS, 'derailment', 'disease', 'virus',
  'outbreak', 'epidemic', 'pandemic', 'cholera', 'rain', 'snowstorm', 'blizzard', 'decline', 'slump', 'downturn', 'recession', 'slowdown', 'crisis',
  'price', 'cost', 'tax', 'rate', 'dollar', 'euro', 'currency', 'inflation',
]);
const RELATIVES = new Set(['that', 'which']);
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'when', 'as', 'while']);
const CAUSE_REACH = 14;
// Words inside a noun phrase before its head: "a deepening fuel crisis", "the long drought".
const PHRASE_WORDS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "The cyclone that struck the delta has killed 300", "the collapse of a mine shaft killed nine": the clause's subject,
 * read back past a relative clause, is a disaster or a market move. The cause must head a noun phrase that no
 * preposition governs, so "strikes amid a deepening crisis killed 40" and "shelling during the fuel shortage" keep
 * their attackers; a comma, a conjunction or an earlier main verb ends the search. A relative clause's antecedent may sit
 * in any phrase ("mourned the victims of the landslide that buried the village").
 */
export function hasNaturalCause(tokens: readonly Token[], index: number, sentenceStart: number): boolean {
  return causeSubjectAt(tokens, index, sentenceStart, NATURAL_CAUSES) !== undefined;
}

/** Where the clause subject of the verb at `index`, read as `hasNaturalCause` reads it, is one of `causes`; else undefined. */
export function causeSubjectAt(tokens: readonly Token[], index: number, sentenceStart: number, causes: ReadonlySet<string>): number | undefined {
  const isRelativeClause = RELATIVES.has(tokens[index - 1]?.lemma ?? '');
  for (let at = index - 1; at >= Math.max(sentenceStart, index - CAUSE_REACH); at--) {
    const token = tokens[at];
    if (!token || token.text === ',' || token.text === ';' || token.pos === 'CCONJ' || token.pos === 'SCONJ') return undefined;
    if (isCauseWord(token, at === sentenceStart, causes) && (isRelativeClause || isSubjectHead(tokens, at, sentenceStart))) return at;
    if (token.pos === 'VERB' && !RELATIVES.has(tokens[at - 1]?.lemma ?? '')) return undefined;
  }
  return undefined;
}

/**
 * "An earthquake struck the valley on Tuesday, killing 12": a comma participle's subject is its main clause's, so the
 * cause is looked for before the nearest verb ahead of the comma; the place named in between is no killer.
 */
export function hasNaturalCauseOfParticiple(tokens: readonly Token[], index: number, sentenceStart: number): boolean {
  return causeSubjectOfParticipleAt(tokens, index, sentenceStart, NATURAL_CAUSES) !== undefined;
}

/** Where the main clause's subject of a comma participle at `index` is one of `causes`; else undefined. */
export function causeSubjectOfParticipleAt(tokens: readonly Token[], index: number, sentenceStart: number, causes: ReadonlySet<string>): number | undefined {
  if (tokens[index - 1]?.text !== ',' || !/ing$/i.test(tokens[index]?.text ?? '')) return undefined;
  for (let at = index - 2; at >= sentenceStart; at--) if (tokens[at]?.pos === 'VERB') return causeSubjectAt(tokens, at, sentenceStart, causes);
  return undefined;
}

/** Whether a disaster or market move is named as a noun anywhere in `from`..`to`: "when an earthquake razed the villages". */
export function hasNaturalCauseIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from; at <= to; at++) if (tokens[at]?.pos === 'NOUN' && NATURAL_CAUSES.has(tokens[at]?.lemma ?? '')) return true;
  return false;
}

/** A cause noun; the sentence's first word may be tagged a name for its capital ("Floods in the north killed…"). */
function isCauseWord(token: Token, isFirst: boolean, causes: ReadonlySet<string>): boolean {
  if (token.pos === 'NOUN') return causes.has(token.lemma);
  const word = token.text.toLowerCase();
  return isFirst && token.pos === 'PROPN' && (causes.has(word) || causes.has(singular(word)));
}

/** Whether the noun at `at` heads its phrase ("price rises": 'price' does not) and no preposition but "of" opens it. */
function isSubjectHead(tokens: readonly Token[], at: number, sentenceStart: number): boolean {
  if (tokens[at + 1]?.pos === 'NOUN') return false;
  let start = at;
  while (start > sentenceStart) {
    const before = tokens[start - 1];
    if (!before) break;
    const isParticiple = before.pos === 'VERB' && /ing$/.test(before.text);
    if (!PHRASE_WORDS.has(before.pos) && !isParticiple && before.pos !== 'DET') break;
    start--;
    // A determiner opens the phrase: "In May the storm…" reads 'the storm', not 'In May'.
    if (before.pos === 'DET') break;
  }
  const opener = tokens[start - 1];
  // "after a quake hit the town": a subordinator tagged as a preposition opens a clause, not a phrase.
  return start === sentenceStart || opener?.pos !== 'ADP' || opener.lemma === 'of' || SUBORDINATORS.has(opener.lemma);
}

/** "was battered by two cyclones", "has been hit by rising jet-fuel prices": the passive's agent is a disaster or a market move. */
export function isByNaturalCause(tokens: readonly Token[], lastWord: number): boolean {
  if (tokens[lastWord + 1]?.lemma !== 'by') return false;
  for (let at = lastWord + 2; at <= lastWord + 6; at++) {
    const token = tokens[at];
    if (!token || token.pos === 'PUNCT' || token.pos === 'VERB' || token.pos === 'ADP') return false;
    if (token.pos === 'NOUN' && NATURAL_CAUSES.has(token.lemma)) return true;
  }
  return false;
}
