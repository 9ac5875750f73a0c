import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';


/**
 * "The IAEA's Board of Governors", "NATO's North Atlantic Council": a body no knowledge codes, named as a coded actor's
 * own, acts for that actor; the two become one mention with the owner's code, so the body no longer stands between the
 * owner and its verb.
 */
export function withBodiesOfPossessors(tokens: readonly Token[], mentions: ActorMention[]): ActorMention[] {
  let result = mentions;
  for (const body of mentions) {
    if (body.code !== undefined || body.isCountryless === true || !POSSESSIVE_MARKS.has(tokens[body.first - 1]?.text ?? '')) continue;
    const owner = result.find((mention) => mention.last === body.first - 2 && mention.code !== undefined && mention.isPerson !== true && mention.isCountryless !== true);
    if (!owner) continue;
    const joined: ActorMention = actorMention({ ...owner, last: body.last, name: `${owner.name}'s ${body.name}` });
    result = result.filter((mention) => mention !== body).map((mention) => (mention === owner ? joined : mention));
  }
  return result;
}
