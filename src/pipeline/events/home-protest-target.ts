import type { Sentence, Token } from '../../model/token.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { HOME_MEASURES } from './home-measure.ts';
import { isBareCountry, isStateCountry } from './agent-roles.ts';

/** Words that make a rally one for someone or something, not dissent against the crowd's own authorities. */
const FOR_SOMEONE = new Set(['support', 'solidarity', 'backing', 'honour', 'honor', 'celebrate', 'celebrating', 'celebration', 'tribute']);

/**
 * "Nurses struck across Portugal for better pay", "Students marched through Lima": a protest by a country's own people,
 * at home, that names no one it is against is aimed at that country's authorities. CAMEO's protest family is political
 * dissent, and its sub-codes (demonstrating for a change of leaders, of policy, of rights, of institutions) are demands
 * made of those who hold power; with no other target named, that is the crowd's own state. The target is the bare
 * country: the sentence names no state body. Only when the cause is at home: a rally in support or solidarity, or a
 * sentence naming another country (a foreign war, foreign people, a foreign state that acted) is about that instead,
 * and keeps PETRARCH's `---`. A curfew or an emergency declared by a government placed only after coding ("the
 * government declared…") is aimed at home too.
 */
export function withHomeProtestTargets(tokens: readonly Token[], sentence: Sentence, mentions: readonly ActorMention[], events: readonly SentenceEvent[]): SentenceEvent[] {
  return events.map((event) => {
    const { source } = event;
    const country = source?.code?.slice(0, 3);
    const code = sentenceEventCode(event);
    const isProtest = event.isTargetless === true && code.startsWith('14');
    const isHomeAct = (isProtest && isDomesticCause(tokens, sentence, mentions, country)) || HOME_MEASURES.has(code);
    if (!isHomeAct || event.target || !source?.code || isBareCountry(source.code) || !isStateCountry(country) || source.isCountryless === true) return event;
    const { isTargetless: _, ...rest } = event;
    return { ...rest, target: actorMention({ first: source.first, last: source.last, code: country, name: country, country }) };
  });
}

function isDomesticCause(tokens: readonly Token[], sentence: Sentence, mentions: readonly ActorMention[], country: string | undefined): boolean {
  for (let index = sentence.firstToken; index <= sentence.lastToken; index++) if (FOR_SOMEONE.has(tokens[index]?.lemma ?? '') || FOR_SOMEONE.has(tokens[index]?.text.toLowerCase() ?? '')) return false;
  return !mentions.some((mention) => {
    const other = mention.code?.slice(0, 3) ?? mention.kinCountry;
    return other !== country && isStateCountry(other);
  });
}
