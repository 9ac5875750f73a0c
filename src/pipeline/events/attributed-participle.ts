import type { Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup } from './actor-groups.ts';
import { isParticipleClause, REPORTING_VERBS } from './clause-shape.ts';
import { PROTESTING_ROLES, roleOf } from './agent-roles.ts';

// Acts done in words or by agreement, not by force (CAMEO 01–13): a participle of one after "X said," goes on with what X said.
const SPOKEN_ROOTS: ReadonlySet<string> = new Set(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13']);
// "said on Monday", "said late on Friday", "said in a statement": the time or manner phrase between the verb and the comma.
const PHRASE_REACH = 6;
// "Lima's interior ministry spokesman said": a speaker's head words the actors stage left out of its mention.
const SPEAKER_GAP = 3;

/**
 * "Rebels shelled the town overnight, the governor said on Monday, appealing for calm": a spoken act as a participle right
 * after an attribution is the speaker's, not the main clause's subject's. Acts that are not speech ("…, officials said,
 * killing five") are still the main clause's results, and so is what a crowd says as it marches: "Farmers blocked the
 * ring road, police said, demanding cheaper diesel" reports the farmers' demand, not the police's.
 */
export function attributedSpeaker(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: number, code: string, sentenceStart: number, mainSubject: ActorGroup | undefined): ActorGroup | undefined {
  if (!SPOKEN_ROOTS.has(code.slice(0, 2)) || !isParticipleClause(tokens, trigger) || isCrowd(mainSubject)) return undefined;
  for (let index = trigger - 2; index >= Math.max(sentenceStart + 1, trigger - 2 - PHRASE_REACH); index--) {
    const token = tokens[index];
    if (!token || token.pos === 'PUNCT' || token.pos === 'AUX') return undefined;
    if (token.pos !== 'VERB') continue;
    if (!REPORTING_VERBS.has(token.lemma)) return undefined;
    // The speaker stands right before its verb: an actor further back ("…near the Somali border on Monday, the office said") is
    // some other phrase's.
    const speaker = groupBefore(tokens, groups, index, sentenceStart);
    if (!speaker || index - speaker.last > SPEAKER_GAP || hasPunctuation(tokens, speaker.last + 1, index - 1)) return undefined;
    return speaker.members.some((member) => member.code !== undefined) ? speaker : undefined;
  }
  return undefined;
}

function isCrowd(group: ActorGroup | undefined): boolean {
  return group !== undefined && group.members.every((member) => PROTESTING_ROLES.has(roleOf(member.code)));
}

function hasPunctuation(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index <= to; index++) if (tokens[index]?.pos === 'PUNCT') return true;
  return false;
}
