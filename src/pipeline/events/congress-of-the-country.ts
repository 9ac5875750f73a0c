import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';

const AT_PLACE = new Set(['in', 'at', 'outside', 'inside']);

/**
 * "stormed Congress in Brasilia", "marched on Congress in Lima": a bare "Congress" in a
 * sentence set in a place of one other country, and naming no other, is that country's legislature
 * (Brazil, Peru, Mexico, Colombia, the Philippines and others have one by that name), not the US Congress.
 */
export function withCongressOfTheCountry(tokens: readonly Token[], mentions: readonly ActorMention[]): ActorMention[] {
  const congress = mentions.find((mention) => mention.code === 'USALEG' && mention.first === mention.last && tokens[mention.first]?.text === 'Congress');
  if (!congress) return [...mentions];
  let country: string | undefined;
  for (const mention of mentions) {
    if (mention === congress) continue;
    const code = mention.code?.slice(0, 3);
    if (!code || !/^[A-Z]{3}$/.test(code) || /^(IGO|IMG|NGO|NGM)$/.test(code) || mention.isCountryless === true) continue;
    if (code === 'USA' || (country !== undefined && country !== code)) return [...mentions];
    country = code;
  }
  // "approved sanctions on Iran", "rejected the Venezuelan president's request": a country named as the object of an act,
  // or its leader, says nothing of whose Congress acts; a place the sentence puts the act in ("in Lima") does.
  const isHome = mentions.some((mention) => mention.code?.slice(0, 3) === country && AT_PLACE.has(tokens[mention.first - 1]?.lemma ?? ''));
  if (!country || !isHome) return [...mentions];
  return mentions.map((mention) => (mention === congress ? actorMention({ ...mention, code: `${country}LEG`, country }) : mention));
}
