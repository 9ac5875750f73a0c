import type { Sentence, Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

/** Appeals, demands and threats: acts addressed to someone asked "to" do something. */
const ADDRESSED_ROOTS = new Set(['02', '10', '13']);
const REACH = 14;

/**
 * "urged Hamas to free its hostages and Israel to allow aid in": a second addressee with its own "to" after "and" is
 * asked by the same act, so the act is coded towards it too.
 */
export function coordinatedAddressees(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[]): SentenceEvent[] {
  const added: SentenceEvent[] = [];
  for (const event of events) {
    const target = event.target;
    if (!target || !event.source || !ADDRESSED_ROOTS.has(sentenceEventCode(event).slice(0, 2))) continue;
    const group = groups.find((candidate) => candidate.first <= target.first && target.last <= candidate.last);
    if (!group || tokens[group.last + 1]?.lemma !== 'to') continue;
    const next = nextAddressee(tokens, sentence, groups, group.last + 2);
    if (!next) continue;
    for (const member of next.members) if (member.code && member.code !== event.source.code) added.push({ ...event, target: member });
  }
  return added;
}

/** The group after an "and" (within reach, no clause break) that is itself followed by "to" and a verb. */
function nextAddressee(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], from: number): ActorGroup | undefined {
  for (let index = from; index <= Math.min(sentence.lastToken, from + REACH); index++) {
    const token = tokens[index];
    if (!token || token.text === ';' || token.text === '.') return undefined;
    if (token.lemma !== 'and') continue;
    const first = tokens[index + 1]?.pos === 'DET' ? index + 2 : index + 1;
    const group = groups.find((candidate) => candidate.first === first);
    return group && tokens[group.last + 1]?.lemma === 'to' && tokens[group.last + 2]?.pos === 'VERB' ? group : undefined;
  }
  return undefined;
}
