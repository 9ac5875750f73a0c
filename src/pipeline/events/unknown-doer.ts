import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { INSURGENT_ROLES, roleOf } from './agent-roles.ts';
import { CLASH_NOUNS } from './find-agents.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { MISHAPS, causeSubjectAt, causeSubjectOfParticipleAt, hasNaturalCauseIn } from './natural-cause.ts';

// An attack whose doer the report itself does not know is coded by PETRARCH with the unknown actor `---` as source, and
// CAMEO names it by its means (183x bombings) and its victim (185/186, a political figure).

/** Bombs and blasts that stand as an attack's subject when no one is said to have set them: "a car bomb exploded". */
const BLASTS: ReadonlySet<string> = new Set(['bomb', 'bombing', 'blast', 'explosion', 'explosive', 'device']);
/** "a gas explosion", "a pipeline blast": an accident, no attack. */
const ACCIDENTS: ReadonlySet<string> = new Set(['gas', 'pipeline', 'fuel', 'mine', 'factory', 'plant', 'boiler', 'tanker', 'chemical', 'fireworks', 'firework', 'industrial', 'accidental', 'blaze', ...MISHAPS]);
/**
 * Verbs of an attack on a person or body that, said in the passive with no agent, leave the doer unknown; "attacked" and
 * "targeted" are left out, as a minister "attacked in an editorial" is criticised.
 */
export const PASSIVE_ATTACKS: ReadonlySet<string> = new Set(['kill', 'shoot', 'gun', 'assassinate', 'murder', 'stab', 'wound', 'injure', 'bomb', 'ambush', 'behead']);
/**
 * "were killed in clashes with…", "died in the fighting", "in an air strike": two sides were at it, or a force's operation,
 * and the report names them elsewhere.
 */
const TWO_SIDED: ReadonlySet<string> = new Set([...CLASH_NOUNS, 'fight', 'combat', 'crossfire', 'war', 'exchange', 'strike', 'airstrike', 'raid', 'shelling', 'offensive', 'operation']);
const CLAUSE_REACH = 8;
const CIVILIAN = 'CVL';
const ATTACK_ROOTS: ReadonlySet<string> = new Set(['18', '19']);
/** Roles of a political figure: a head of state or government, a minister, a legislator, a party leader or candidate. */
const POLITICAL_ROLES: ReadonlySet<string> = new Set(['GOV', 'OPP', 'LEG', 'PTY']);
const LETHAL_VERBS: ReadonlySet<string> = new Set(['kill', 'murder', 'assassinate']);
const ASSASSINATION_VERBS: ReadonlySet<string> = new Set(['kill', 'murder', 'shoot', 'gun', 'stab', 'bomb', 'attack', 'target', 'ambush']);

/**
 * True when the sentence shows the doer of an attack on `target` is unknown, not missed: a passive with no agent ("the
 * mayor was shot dead at his front gate"; not "in clashes with…", where two sides are named), or a bomb or blast as the
 * clause's subject ("a car bomb exploded outside the ministry, killing 12"; "after a suicide bombing killed 30 soldiers").
 */
export function isDoerUnknown(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, isMishap: () => boolean, source: ActorGroup | undefined, target: ActorGroup | undefined, isPassive: boolean): boolean {
  if (source || !target || !match.pattern.isBuiltin || !ATTACK_ROOTS.has(match.pattern.code.slice(0, 2))) return false;
  // People or a body hit, named with their role ("the mayor", "12 policemen"); a country alone is a place or property hit
  // ("an airliner was shot down", "the embassy was attacked"), where the coders name no unknown attacker.
  // People with no country yet ("21 people") are placed after coding; `withUnknownDoersSettled` checks they were.
  if (target.members.some((member) => member.code === undefined || member.code.length < 6 || member.isSpeakerPronoun === true)) return false;
  if (isMishap()) return false;
  // "a shootout in which an officer was killed": the killing is the named fight's, whose sides the sentence gives.
  if (isInWhichClause(tokens, match.trigger, sentenceStart)) return false;
  // "survived an assassination attempt" (a row read in reverse, the survivor its target), with no "by" after it.
  if (match.pattern.isReversed === true) return !hasAgentAfter(tokens, match.lastWord);
  // A civilian stabbed or shot with no one named is mostly crime or a disaster's toll, which the coders leave uncoded; an
  // official, policeman, soldier or fighter is an attack on the state or its foes.
  if (isPassive && target.members.every((member) => roleOf(member.code) === CIVILIAN)) return false;
  if (isPassive) return target.last < match.trigger && PASSIVE_ATTACKS.has(tokens[match.trigger]?.lemma ?? '') && !match.words.some((word) => tokens[word]?.lemma === 'down' && tokens[match.trigger]?.lemma === 'shoot') && !hasAgentAfter(tokens, match.lastWord);
  return blastAt(tokens, match.trigger, sentenceStart) !== undefined;
}

/**
 * "were killed when an earthquake razed their villages", "in a helicopter crash", "when his plane crashed": no one
 * attacked. `isDoerUnknown` and `assassinationCode` ask it (through a function, so only once their cheaper tests pass) of
 * attack triggers: the sentence's scope keeps the answer.
 */
export function hasMishapIn(tokens: readonly Token[], from: number, to: number): boolean {
  if (hasNaturalCauseIn(tokens, from, to)) return true;
  return tokens.slice(from, to + 1).some((token) => (token.pos === 'NOUN' && ACCIDENTS.has(token.lemma)) || token.lemma === 'crash');
}

function isInWhichClause(tokens: readonly Token[], trigger: number, sentenceStart: number): boolean {
  for (let at = trigger - 1; at > sentenceStart; at--) if (tokens[at]?.lemma === 'which' && tokens[at - 1]?.lemma === 'in') return true;
  return false;
}

/**
 * Keeps an unknown doer only where the event, its sides settled, still has no source and a victim placed in a country
 * with a role ("PERGOV", "PAKCOP"; never `---CVL`): a claim may have named who struck, or a toll lost its unplaced target.
 */
export function withUnknownDoersSettled(events: readonly SentenceEvent[]): readonly SentenceEvent[] {
  return events.map((event) => {
    if (event.isSourceUnknown !== true || (!event.source?.code && isKnownVictim(event.target?.code))) return event;
    const { isSourceUnknown: _, ...settled } = event;
    return settled;
  });
}

function isKnownVictim(code: string | undefined): boolean {
  return code !== undefined && /^[A-Z]{3}[A-Z]{3}/.test(code);
}

/** Where the bomb or blast that is the subject of the verb at `index` (or of its main clause, for a comma participle) is. */
function blastAt(tokens: readonly Token[], index: number, sentenceStart: number): number | undefined {
  const blast = causeSubjectAt(tokens, index, sentenceStart, BLASTS) ?? causeSubjectOfParticipleAt(tokens, index, sentenceStart, BLASTS);
  return blast === undefined || isAccident(tokens, blast) ? undefined : blast;
}

/** "a gas explosion", "a blast at a chemical plant": the blast is an accident's. */
function isAccident(tokens: readonly Token[], blast: number): boolean {
  for (let at = Math.max(0, blast - 2); at <= blast + 5; at++) if (ACCIDENTS.has(tokens[at]?.lemma ?? '')) return true;
  return false;
}

/** "a suicide bombing that killed 30 policemen": a bomb noun no row coded, whose toll a relative clause gives. */
export function isUncodedBlastBefore(tokens: readonly Token[], relative: number, isCoded: (at: number) => boolean): boolean {
  return BLASTS.has(tokens[relative - 1]?.lemma ?? '') && !isCoded(relative - 1) && !isAccident(tokens, relative - 1);
}

/** "by a gunman", "in clashes with police": an agent or a fight with two sides named in the clause after the passive. */
function hasAgentAfter(tokens: readonly Token[], lastWord: number, isFightOnly = false): boolean {
  for (let at = lastWord + 1; at <= lastWord + CLAUSE_REACH; at++) {
    const token = tokens[at];
    if (!token || token.text === ',' || token.text === ';' || token.pos === 'SCONJ') return false;
    if ((token.lemma === 'by' && !isFightOnly) || TWO_SIDED.has(token.lemma)) return true;
  }
  return false;
}

/**
 * The bombing CAMEO names by its means (1831 suicide, 1832 car or truck, 1833 roadside, else 183), read from the words
 * right before a bomb or blast noun: "a car bomb exploded", "detonated two truck bombs", "a suicide bombing killed".
 */
function bombingKindCode(tokens: readonly Token[], blast: number): string {
  for (let at = blast; at >= Math.max(0, blast - 3); at--) {
    const word = tokens[at]?.text.toLowerCase() ?? '';
    if (word === 'suicide') return '1831';
    if (VEHICLES.has(word)) return '1832';
    if (word === 'roadside') return '1833';
    if (at < blast && tokens[at]?.pos !== 'NOUN' && tokens[at]?.pos !== 'ADJ' && tokens[at]?.pos !== 'NUM') break;
  }
  return '183';
}
const VEHICLES: ReadonlySet<string> = new Set(['car', 'truck', 'lorry', 'vehicle']);
const KILLING_VERBS: ReadonlySet<string> = new Set(['kill', 'wound', 'injure', 'strike', 'hit', 'destroy', 'target']);
const MEANS_LINKS: ReadonlySet<string> = new Set(['in', 'by']);
const BOMB_ROWS: ReadonlySet<string> = new Set(['183', '190']);

/**
 * A general bombing row (183) or killing (190) named by its bomb: the bomb in the row's own words or its subject
 * ("detonated a car bomb", "a suicide bomber … blew it up"), a bomb or blast as the killing's subject ("a roadside bomb
 * killed four soldiers"), or after "in"/"by" ("were killed in a car bomb attack").
 */
export function bombingCode(tokens: readonly Token[], match: TriggerMatch, subject: ActorGroup | undefined, sentenceStart: number): string | undefined {
  if (!match.pattern.isBuiltin || !BOMB_ROWS.has(match.pattern.code)) return undefined;
  if (match.pattern.code === '183') {
    const from = Math.max(sentenceStart, subject && subject.last < match.trigger ? subject.first : match.trigger - 1);
    for (let at = from; at <= match.lastWord + 4; at++) {
      const kind = BLASTS.has(tokens[at]?.lemma ?? '') || tokens[at]?.lemma === 'bomber' ? bombingKindCode(tokens, at) : undefined;
      if (kind && kind !== '183') return kind;
    }
    return undefined;
  }
  if (!KILLING_VERBS.has(tokens[match.trigger]?.lemma ?? '')) return undefined;
  const blast = blastAt(tokens, match.trigger, sentenceStart) ?? blastAfter(tokens, match.lastWord);
  return blast === undefined ? undefined : bombingKindCode(tokens, blast);
}

/** "killed in a car bomb attack", "wounded by a roadside blast": a bomb named in the phrase right after the verb. */
function blastAfter(tokens: readonly Token[], lastWord: number): number | undefined {
  if (!MEANS_LINKS.has(tokens[lastWord + 1]?.lemma ?? '')) return undefined;
  for (let at = lastWord + 2; at <= lastWord + 6; at++) {
    const token = tokens[at];
    if (!token || token.pos === 'PUNCT' || token.pos === 'VERB' || token.pos === 'ADP') return undefined;
    if (BLASTS.has(token.lemma)) return at;
  }
  return undefined;
}

/**
 * CAMEO's assassination (186) or its attempt (185) for an attack on one political figure by no one known or by irregulars
 * ("the opposition leader was shot dead", "gunmen killed the provincial governor"); a state's forces killing a leader of
 * the other side stay fighting, as the coders code a drone strike on a commander. Shot or attacked and not said to be
 * dead ("was shot and wounded", "survived") is an attempt.
 */
export function assassinationCode(tokens: readonly Token[], match: TriggerMatch, source: ActorGroup | undefined, target: ActorGroup | undefined, isMishap: () => boolean, sentenceEnd: number): string | undefined {
  if (!match.pattern.isBuiltin || !ATTACK_ROOTS.has(match.pattern.code.slice(0, 2)) || match.pattern.code === '186' || match.pattern.code === '185') return undefined;
  // A minister killed in a road accident or in a battle between two forces was not assassinated.
  if (hasAgentAfter(tokens, match.lastWord, true) || isMishap()) return undefined;
  const verb = tokens[match.trigger]?.lemma ?? '';
  if (!ASSASSINATION_VERBS.has(verb) || target?.members.length !== 1) return undefined;
  const victim = target.members[0];
  if (victim?.isPerson !== true || !POLITICAL_ROLES.has(roleOf(victim.code))) return undefined;
  if (source && !source.members.every((member) => INSURGENT_ROLES.has(roleOf(member.code)))) return undefined;
  return isLethal(tokens, match, verb, sentenceEnd) ? '186' : '185';
}

/** "shot dead", "gunned down", "killed", or "shot … and later died": the attack took the victim's life. */
function isLethal(tokens: readonly Token[], match: TriggerMatch, verb: string, sentenceEnd: number): boolean {
  if (LETHAL_VERBS.has(verb)) return true;
  const next = tokens[match.lastWord + 1]?.lemma;
  if (next === 'dead' || next === 'down' || match.words.some((word) => tokens[word]?.lemma === 'dead' || tokens[word]?.lemma === 'down')) return true;
  for (let at = match.lastWord + 1; at <= sentenceEnd; at++) if (tokens[at]?.lemma === 'die' && tokens[at]?.pos === 'VERB') return true;
  return false;
}
