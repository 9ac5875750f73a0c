import type { ActorGroup } from './actor-groups.ts';
import { groupAfter } from './group-after.ts';
import type { SentenceScope } from './code-sentence.ts';
import type { CompiledPattern } from './event-pattern.ts';
import { attackOwner, journeyOwner } from './find-agents.ts';
import { lightVerbSubject } from './force-agents.ts';
import { isMeetingNounWith, meetingHolder } from './meeting-noun.ts';

/**
 * Whose act a noun trigger names, wherever the noun stands: the attack's owner ("died in Ruritania's shelling of the
 * port"), the journey's ("the minister's trip to Rome"), an of-source ("the withdrawal of Freedonian troops"), the
 * meeting's holder, else the clause's subject, else that of a light verb ("launched a week of naval drills").
 */
export function nounSubject(scope: SentenceScope, pattern: CompiledPattern, index: number, isJourney: boolean, subject: ActorGroup | undefined): ActorGroup | undefined {
  const { tokens, sentence, groups, countryless } = scope;
  const owner = attackOwner(tokens, groups, index) ?? (isJourney ? journeyOwner(tokens, groups, index) : undefined);
  if (owner) return owner;
  const ofSource = pattern.hasOfSource && tokens[index + 1]?.lemma === 'of' ? groupAfter(tokens, groups, index + 1, 3, true) : undefined;
  if (ofSource) return ofSource;
  return (isMeetingNounWith(pattern) ? meetingHolder(tokens, groups, index, sentence.firstToken, subject) : subject) ?? lightVerbSubject(tokens, groups, countryless, index, sentence.firstToken);
}
