import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { CROWD_ROLES, UNIFORMED_ROLES, roleOf } from './agent-roles.ts';

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
 * not fighting between two armed sides (190 both ways), as outside coders of wire text code it.
 */
export function withCrowdClashes(tokens: readonly Token[], events: readonly SentenceEvent[]): SentenceEvent[] {
  return events.map((event) => {
    const { source, target } = event;
    if (!source || !target || event.pattern.isSymmetric !== true || sentenceEventCode(event) !== '190' || !CLASH_WORDS.has(tokens[event.trigger]?.lemma ?? '')) return event;
    if (isProtestCrowd(tokens, source) && UNIFORMED_ROLES.has(roleOf(target.code))) return { ...event, code: '145' };
    if (UNIFORMED_ROLES.has(roleOf(source.code)) && isProtestCrowd(tokens, target)) return { ...event, code: '175' };
    return event;
  });
}
