import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { CROWD_ROLES, IRREGULAR_ROLES, PROTESTING_ROLES, UNIFORMED_ROLES, isBareCountry, roleOf } from './agent-roles.ts';

/**
 * Words naming a crowd at a protest; "people" or "civilians" alone may be anyone anywhere, "mobs" may be a militia's,
 * and rioters after a match protest nothing.
 */
export const PROTEST_CROWDS: ReadonlySet<string> = new Set(['protester', 'protesters', 'demonstrator', 'demonstrators', 'marcher', 'marchers', 'mourner', 'mourners']);

/** Participles that make the people before them a protest: "villagers protesting against the dam". */
export const PROTESTING: ReadonlySet<string> = new Set(['protesting', 'demonstrating', 'rallying', 'marching', 'picketing']);

/**
 * A crowd named in its own words, or an of-phrase right after them, as protesting ("Kenyan protesters", "thousands of
 * marchers"). Given its sentence's end, the two words after them may name it so too, a participle among them ("students
 * protesting"), as a crowd force was used on.
 */
export function isProtestCrowd(tokens: readonly Token[], mention: ActorMention, sentenceEnd?: number): boolean {
  const isReaching = sentenceEnd !== undefined;
  const end = isReaching ? Math.min(mention.last + 2, sentenceEnd) : tokens[mention.last + 1]?.lemma === 'of' ? mention.last + 2 : mention.last;
  return CROWD_ROLES.has(roleOf(mention.code)) && tokens.slice(mention.first, end + 1).some((token) => PROTEST_CROWDS.has(token.text.toLowerCase()) || (isReaching && PROTESTING.has(token.text.toLowerCase())));
}

/** Every member of a group is a protesting crowd: "protesters attacked the embassy" is a riot (145), not an assault (180). */
export function isProtestGroup(tokens: readonly Token[], group: ActorGroup): boolean {
  return group.members.length > 0 && group.members.every((member) => isProtestCrowd(tokens, member));
}

// Plurals too: a sentence's first word ("Clashes between police and marchers…") is tagged a name and keeps its plural as lemma.
const CLASH_WORDS = new Set(['clash', 'clashes', 'fight', 'fighting', 'battle', 'battles', 'scuffle', 'scuffles']);

/**
 * "Protesters clashed with riot police in Lagos", "police fought running battles with demonstrators": a clash between a
 * protesting crowd and police or troops is a violent protest by the crowd (145) and force used on it by the state (175),
 * not fighting between two armed sides (190 both ways), as outside coders of wire text code it. In a clash with the
 * state's forces any civil group is such a crowd ("worshippers", "students", "farmers"), and so are a leader's
 * supporters whatever the leader's own code ("supporters of the former king" is coded by the king); federal agents
 * coded by their bare country are the state's side.
 */
export function withCrowdClashes(tokens: readonly Token[], events: readonly SentenceEvent[]): SentenceEvent[] {
  return events.map((event) => {
    const { source, target } = event;
    // "Supporters of the cleric stormed the government palace": a crowd forcing its way in protests violently (145),
    // as the row for "protesters stormed" codes it, whoever its leader is.
    if (source && tokens[event.trigger]?.lemma === 'storm' && sentenceEventCode(event) === '190' && !event.isPassive && isClashingCrowd(tokens, source)) return { ...event, code: '145' };
    if (!source || !target || event.pattern.isSymmetric !== true || sentenceEventCode(event) !== '190' || !CLASH_WORDS.has(tokens[event.trigger]?.lemma ?? '')) return event;
    if (isClashingCrowd(tokens, source) && isStateSide(tokens, target, event.lastWord)) return { ...event, code: '145' };
    if (isStateSide(tokens, source, event.lastWord) && isClashingCrowd(tokens, target)) return { ...event, code: '175' };
    return event;
  });
}

/** Lemmas of a leader's or a cause's followers, written before "of" ("supporters of X") or after a possessor ("her supporters"). */
// Not "loyalists": in wire copy they are mostly armed ("Assad loyalists stormed the village"). Plurals too, as in
// CLASH_WORDS: "Supporters" opening a sentence is tagged a name and keeps its plural as lemma.
const FOLLOWERS = new Set(['supporter', 'supporters', 'follower', 'followers']);
const FOLLOWERS_REACH = 5;

function isClashingCrowd(tokens: readonly Token[], mention: ActorMention): boolean {
  // Plain civilians ("rioters after the match", "villagers") only when named as protesting, as isProtestCrowd reads them.
  if (isProtestCrowd(tokens, mention) || (PROTESTING_ROLES.has(roleOf(mention.code)) && roleOf(mention.code) !== 'CVL')) return true;
  // "militia supporters", "supporters of the rebel commander": an armed group's followers are fighters; a junta's may be a crowd.
  if (IRREGULAR_ROLES.has(roleOf(mention.code))) return false;
  return hasFollowersOfBefore(tokens, mention.first) || FOLLOWERS.has(tokens[mention.last + 1]?.lemma ?? '');
}

/** "Supporters of the banned party X", "supporters of defeated candidate X": "of" a few modifiers before the name. */
function hasFollowersOfBefore(tokens: readonly Token[], first: number): boolean {
  for (let index = first - 1; index >= Math.max(1, first - FOLLOWERS_REACH); index--) {
    const token = tokens[index];
    if (token?.lemma === 'of') return FOLLOWERS.has(tokens[index - 1]?.lemma ?? '');
    if (token?.pos !== 'DET' && token?.pos !== 'ADJ' && token?.pos !== 'NOUN' && token?.pos !== 'PROPN' && token?.pos !== 'VERB') return false;
  }
  return false;
}

/** Nouns for a state's officers coded by their bare country ("federal agents", "border guards"). */
const STATE_AGENTS = new Set(['agent', 'officer', 'guard', 'trooper', 'marshal', 'gendarme']);

/**
 * Police and troops, or a state's officers coded by their bare country. Other people coded so ("Israeli settlers",
 * "Hindu nationalists", "herders") are a side in a communal clash, not the state repressing a crowd.
 */
function isStateSide(tokens: readonly Token[], mention: ActorMention, verbEnd: number): boolean {
  if (UNIFORMED_ROLES.has(roleOf(mention.code))) return true;
  // "clashed with federal agents outside a Chicago warehouse": the officers may be named anywhere between the verb and the place.
  const first = mention.first > verbEnd ? verbEnd + 1 : mention.first;
  return isBareCountry(mention.code) && tokens.slice(first, mention.last + 2).some((token) => STATE_AGENTS.has(token.lemma));
}
