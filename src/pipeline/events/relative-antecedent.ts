import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';

/**
 * "Sekou Kone, whom Bamako accused of planning a mutiny", "rebels whom Kampala blames for the bombings": the verb of
 * an object relative clause acts on the actor the clause hangs from, named before "whom".
 */
export function relativeAntecedent(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, subject: ActorGroup | undefined, trigger: number): ActorGroup | undefined {
  if (!subject || subject.last >= trigger) return undefined;
  const relative = subject.first - 1;
  if (tokens[relative]?.lemma !== 'whom') return undefined;
  for (let index = subject.last + 1; index < trigger; index++) if (tokens[index]?.pos !== 'AUX' && tokens[index]?.pos !== 'ADV' && tokens[index]?.pos !== 'PART') return undefined;
  const end = tokens[relative - 1]?.text === ',' ? relative - 2 : relative - 1;
  return groups.find((group) => group.last === end) ?? countryless?.find((group) => group.last === end);
}
