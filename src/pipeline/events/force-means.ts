import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { AIMED } from './find-agents.ts';
import { ARMED_OR_STATE_ROLES, CROWD_ROLES, IRREGULAR_ROLES, STATE_FORCE_ROLES, isBareCountry, roleOf } from './agent-roles.ts';
import { PROTESTING, PROTEST_CROWDS, isProtestGroup } from './protest-violence.ts';

// CAMEO splits fighting by its means (194 artillery and tanks, 195 aerial weapons): a general attack or killing (190)
// takes the finer code when the words name the means.

/** Aircraft and air attacks: "Israeli warplanes struck…", "were killed in a drone strike". */
const AIR = new Set(['warplane', 'warplanes', 'jet', 'jets', 'aircraft', 'drone', 'drones', 'helicopter', 'helicopters', 'gunship', 'gunships', 'airstrike', 'airstrikes', 'air', 'aerial']);
/** Artillery: "killed in Russian shelling", "died in the bombardment of Aleppo". */
const ARTILLERY = new Set(['shelling', 'bombardment', 'artillery', 'mortar', 'mortars', 'howitzer', 'howitzers', 'tank', 'tanks']);
/** Verbs of a general attack or killing, whose means can sharpen the code; "clash", "storm" or "raid" keep theirs. */
const GENERAL = new Set(['attack', 'strike', 'hit', 'kill', 'target', 'pound', 'die', 'perish', 'lose', 'wound', 'injure']);
const MEANS_LINKS = new Set(['in', 'during', 'with', 'by']);

/**
 * The finer fighting code the means named around a general attack give it: in the subject's noun phrase ("Israeli air
 * strikes killed…", "Indian warplanes hit…") or in an "in"/"with" phrase right after ("were killed in an air strike").
 */
export function meansCode(tokens: readonly Token[], match: TriggerMatch, subject: ActorGroup | undefined, sentenceStart: number): string | undefined {
  if (match.pattern.code !== '190' || !match.pattern.isBuiltin || !GENERAL.has(tokens[match.trigger]?.lemma ?? '')) return undefined;
  // The subject's own words count: "Turkish warplanes" is one actor (TURMIL).
  return meansIn(tokens, Math.max(subject && subject.last < match.trigger ? subject.first : sentenceStart, match.trigger - 5), match.trigger - 1) ?? meansAfter(tokens, match.lastWord);
}

/** The means named by a noun among `from`..`to`, a noun phrase with no verb in it. */
export function meansIn(tokens: readonly Token[], from: number, to: number): string | undefined {
  for (let index = to; index >= from; index--) {
    const token = tokens[index];
    if (!token || token.pos === 'PUNCT' || (token.pos === 'VERB' && index < to)) return undefined;
    const word = token.text.toLowerCase();
    // "air" or "aerial" alone name no means: "air force", "aerial photos"; they must qualify a strike or raid.
    if ((word === 'air' || word === 'aerial') && !ATTACK_HEADS.has(tokens[index + 1]?.lemma ?? '')) continue;
    if (AIR.has(word) && token.pos !== 'VERB') return '195';
    if (ARTILLERY.has(word) && token.pos !== 'VERB') return '194';
  }
  return undefined;
}
const ATTACK_HEADS = new Set(['strike', 'raid', 'attack', 'bombardment', 'campaign', 'assault']);

/** "killed in an air strike by Saudi warplanes", "pounded with drones": the means in a phrase right after the trigger. */
function meansAfter(tokens: readonly Token[], lastWord: number): string | undefined {
  const link = tokens[lastWord + 1]?.lemma === 'people' || tokens[lastWord + 1]?.pos === 'NUM' ? undefined : tokens[lastWord + 1];
  if (!link || !MEANS_LINKS.has(link.lemma)) return undefined;
  let end = lastWord + 2;
  while (end <= lastWord + 6 && tokens[end] && !['VERB', 'PUNCT', 'ADP'].includes(tokens[end]?.pos ?? '')) end++;
  return meansIn(tokens, lastWord + 2, end - 1);
}


/**
 * CAMEO's unconventional violence (180) rather than military fighting (190): a crowd attacking ("angry villagers
 * attacked the police post"), or insurgents attacking civilians ("ISIL militants attacked civilians in a market town").
 * A crowd named as protesting riots (145): "Egyptian protesters attacked the US embassy".
 */
export function assaultCode(tokens: readonly Token[], match: TriggerMatch, source: ActorGroup | undefined, target: ActorGroup | undefined): string | undefined {
  if (isForceOnCrowd(tokens, match, source, target)) return '175';
  if (isMassKilling(tokens, match, source, target)) return '202';
  if (match.pattern.code !== '190' || !match.pattern.isBuiltin || !GENERAL.has(tokens[match.trigger]?.lemma ?? '') || !source) return undefined;
  const isCrowd = source.members.every((member) => CROWD_ROLES.has(roleOf(member.code)));
  const isIrregular = source.members.every((member) => IRREGULAR_ROLES.has(roleOf(member.code)) || member.code?.startsWith('IMG') === true);
  const isOnCivilians = target !== undefined && target.members.every((member) => roleOf(member.code) === 'CVL');
  if (isProtestGroup(tokens, source)) return '145';
  return isCrowd || (isIrregular && isOnCivilians) ? '180' : undefined;
}

const CROWD_FORCE_CODES = new Set(['193', '190', '182']);
const CROWD_FORCE_VERBS = new Set(['fire', 'fired', 'shoot', 'shot', 'open', 'opened', 'gun', 'gunned', 'kill', 'killed', 'beat']);

/**
 * "Police fired live ammunition at marchers", "troops shot dead scores of students", "police beat workers picketing a
 * mill": state forces shooting into or beating a protest repress it (CAMEO 175), as the police rows already code; firing
 * on soldiers, rebels or a town stays 19x.
 */
function isForceOnCrowd(tokens: readonly Token[], match: TriggerMatch, source: ActorGroup | undefined, target: ActorGroup | undefined): boolean {
  if (!match.pattern.isBuiltin || !CROWD_FORCE_CODES.has(match.pattern.code) || !CROWD_FORCE_VERBS.has(tokens[match.trigger]?.text.toLowerCase() ?? '')) return false;
  if (!source || !target || !source.members.every((member) => STATE_FORCE_ROLES.has(roleOf(member.code)))) return false;
  const isNamedCrowd = isProtestGroup(tokens, target);
  // "killed 20 people during protests in Zahedan": people, or only the place they were killed in.
  const isPeopleOrPlace = target.members.every((member) => CROWD_ROLES.has(roleOf(member.code)) || isBareCountry(member.code));
  return isNamedCrowd || (isPeopleOrPlace && (isDuringProtest(tokens, match.lastWord) || isCrowdOfProtest(tokens, match.lastWord)));
}

/**
 * "killed 40 people on the third day of protests", "during rallies in Dhaka", "during a crackdown on protests", "in an
 * operation against demonstrators": a protest named in the clause after.
 */
export function isDuringProtest(tokens: readonly Token[], lastWord: number): boolean {
  for (let index = lastWord + 1; index <= lastWord + 18; index++) {
    const token = tokens[index];
    if (!token || token.text === ';' || token.text === '.' || (token.pos === 'VERB' && token.lemma !== 'include')) return false;
    const isLinked = PROTEST_LINKS.has(tokens[index - 1]?.text.toLowerCase() ?? '') || PROTEST_LINKS.has(tokens[index - 2]?.text.toLowerCase() ?? '');
    if (PROTESTS.has(token.text.toLowerCase()) && isLinked) return true;
    if ((PROTESTS.has(token.text.toLowerCase()) || PROTEST_CROWDS.has(token.text.toLowerCase())) && isAimedRepression(tokens, index)) return true;
  }
  return false;
}
const PROTESTS = new Set(['protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies']);

const NAME_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN']);

/** "a crackdown on protests", "an operation against opposition protesters": a repression aimed at the protest word at `index`. */
function isAimedRepression(tokens: readonly Token[], index: number): boolean {
  const link = NAME_TAGS.has(tokens[index - 1]?.pos ?? '') ? index - 2 : index - 1;
  const linkWord = tokens[link]?.lemma;
  return AIMED.has(linkWord ?? '') && REPRESSIONS.has(tokens[link - 1]?.lemma ?? '');
}
const REPRESSIONS = new Set(['crackdown', 'clampdown', 'operation']);
const CROWD_REACH = 10;

/**
 * "shot dead 40 villagers protesting against the dam", "opened fire on thousands of opposition supporters": the people
 * fired on are a protest by the participle after them or by being the opposition's supporters.
 */
export function isCrowdOfProtest(tokens: readonly Token[], lastWord: number): boolean {
  for (let index = lastWord + 1; index <= lastWord + CROWD_REACH; index++) {
    const token = tokens[index];
    if (!token || token.pos === 'PUNCT') return false;
    const word = token.text.toLowerCase();
    if (PROTESTING.has(word) && (tokens[index - 1]?.pos === 'NOUN' || tokens[index - 1]?.pos === 'PROPN')) return true;
    if ((word === 'supporters' || word === 'supporter') && tokens[index - 1]?.lemma === 'opposition') return true;
    if (token.pos === 'VERB') return false;
  }
  return false;
}
const PROTEST_LINKS = new Set(['of', 'during', 'at', 'in', 'amid']);

const KILLING_VERBS = new Set(['kill', 'killed', 'execute', 'executed', 'massacre', 'massacred', 'slaughter', 'slaughtered']);
const ROUNDING = new Set(['more', 'than', 'at', 'least', 'around', 'about', 'nearly', 'some', 'over', 'almost', 'up', 'to', 'an', 'estimated', 'as', 'many']);
/**
 * Below this many dead a killing stays an attack (190, 180) or a murder (1823). CAMEO sets no count (its dictionary codes
 * any killing of civilians as 202); outside coders of wire text code a toll of a few dozen as an attack and one of some
 * seventy or more as a massacre, and 50 is a round figure between the two, not a measured edge.
 */
const MASS_DEAD = 50;

/**
 * "The militia killed more than 600 villagers in the valley", "troops executed around 80 prisoners", "killed hundreds of
 * civilians": forces or armed men killing scores of people who are not fighters, in the main clause, commit mass killing (CAMEO
 * 202), as outside coders read it; a toll told in a trailing participle ("…, killing 130 people") stays with the attack
 * it ends.
 */
function isMassKilling(tokens: readonly Token[], match: TriggerMatch, source: ActorGroup | undefined, target: ActorGroup | undefined): boolean {
  if (!match.pattern.isBuiltin || !['190', '1823'].includes(match.pattern.code)) return false;
  // "killed 250 insurgents": fighters killed in hundreds are a battle's toll, not a massacre.
  if (target?.members.some((member) => ARMED_OR_STATE_ROLES.has(roleOf(member.code))) === true) return false;
  const verb = tokens[match.trigger];
  if (!verb || !KILLING_VERBS.has(verb.text.toLowerCase()) || tokens[match.trigger - 1]?.text === ',') return false;
  if (!source?.members.every((member) => ARMED_OR_STATE_ROLES.has(roleOf(member.code)) || member.code?.startsWith('IMG') === true)) return false;
  let index = match.trigger + 1;
  while (index <= match.trigger + 4 && ROUNDING.has(tokens[index]?.text.toLowerCase() ?? '')) index++;
  const count = tokens[index]?.text.toLowerCase() ?? '';
  if (isFightersCounted(tokens, index)) return false;
  if (count === 'hundreds' || count === 'thousands') return true;
  return /^[0-9][0-9,]*$/.test(count) && Number(count.replace(/,/g, '')) >= MASS_DEAD;
}

/** Armed men named by a common noun, which the actor tables may leave unnamed ("90 suspected militants", "rebels pulled out"). */
export const FIGHTERS: ReadonlySet<string> = new Set(['militant', 'fighter', 'insurgent', 'rebel', 'soldier', 'troop', 'gunman', 'jihadist', 'attacker', 'terrorist', 'combatant', 'guerrilla', 'militiaman', 'policeman', 'officer', 'extremist']);

/** "killed 90 suspected militants", "killed hundreds of enemy fighters": the counted dead are fighters. */
function isFightersCounted(tokens: readonly Token[], count: number): boolean {
  for (let index = count + 1; index <= count + 4; index++) {
    const token = tokens[index];
    if (!token) return false;
    if (token.pos === 'NOUN') return FIGHTERS.has(token.lemma);
    if (token.pos !== 'ADJ' && token.pos !== 'ADP' && token.pos !== 'VERB') return false;
  }
  return false;
}
