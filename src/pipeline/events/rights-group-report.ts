import type { Sentence, Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { CompiledPattern, PatternIndex } from './event-pattern.ts';
import { reportingSpeaker } from './reporting-speaker.ts';
import { sentenceEventCode } from './sentence-event-code.ts';

/** Abuses a rights group reports: assault, torture, rape (18), mass violence (20), repression (175). */
const ABUSE_ROOTS = new Set(['18', '20']);

/**
 * "Human Rights Watch said soldiers had raped and tortured civilians": a rights group (an NGO) reporting abuses accuses
 * whoever committed them of human rights abuses (CAMEO 1122), besides the abuses themselves.
 */
export function rightsGroupReport(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  const accusations: SentenceEvent[] = [];
  for (const event of events) {
    const code = sentenceEventCode(event);
    if (!event.source?.code || !(ABUSE_ROOTS.has(code.slice(0, 2)) || code === '175')) continue;
    const speaker = reportingSpeaker(tokens, groups, event.trigger, sentence.firstToken)?.members[0];
    if (!speaker?.code?.startsWith('NGO') || speaker.code === event.source.code) continue;
    if (accusations.some((made) => made.target?.code === event.source?.code)) continue;
    const pattern = abusePattern(patterns);
    if (!pattern) return [];
    accusations.push({ pattern, rule: '1122:rights-group-report', trigger: event.trigger, lastWord: event.lastWord, source: speaker, target: event.source, modality: 'happened', isPassive: false });
  }
  return accusations;
}

let rememberedIndex: PatternIndex | undefined;
let rememberedAbuse: CompiledPattern | undefined;

/** The built-in "accuse of abuse" pattern (1122) of an index, remembered for the last index. */
function abusePattern(patterns: PatternIndex): CompiledPattern | undefined {
  if (patterns !== rememberedIndex) {
    rememberedIndex = patterns;
    rememberedAbuse = patterns.get('accuse')?.find((candidate) => candidate.isBuiltin === true && candidate.code === '1122');
  }
  return rememberedAbuse;
}
