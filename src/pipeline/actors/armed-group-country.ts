import type { MentionContext } from './mention-context.ts';

/** The last word of an armed or separatist group's name: "Liberation Front", "Resistance Army", "Free Aceh Movement". */
const GROUP_HEADS: ReadonlySet<string> = new Set(['army', 'front', 'movement', 'brigade', 'brigades', 'militia', 'tigers', 'mujahideen']);

/**
 * Words inside a name that mark the group as fighting a state rather than being one: a national army ("Pakistan Army")
 * or a party ("Movement for Democratic Change") has none of them.
 */
const NON_STATE_MARKS: ReadonlySet<string> = new Set(['liberation', 'resistance', 'free', 'freedom', 'jihad', 'mujahideen', 'separatist', 'rebel', 'insurgent', 'guerrilla', 'martyrs']);

/** Words just before a name that say what the group is: "the separatist Free Aceh Movement", "rebel Arakan Army". */
const GROUP_ROLES: ReadonlySet<string> = new Set(['separatist', 'rebel', 'rebels', 'militant', 'insurgent', 'guerrilla', 'guerrillas', 'jihadist', 'secessionist']);

/** Words before or after that make the name a party in power, not a group in arms ("the ruling National Resistance Movement"). */
const IN_POWER: ReadonlySet<string> = new Set(['ruling', 'governing', 'party']);

/**
 * The country of an armed group the lists do not know, from the name itself: a country or one of its regions
 * ("Sudan Liberation Army", "Free Aceh Movement" → IDN, "Kachin Independence Army" with "rebel" before it) or a
 * demonym ("Free Syrian Army"). Undefined when the name is not a group's or names no place: its country is then left to
 * the events stage, which codes such groups where they act.
 */
export function armedGroupCountry(ctx: MentionContext, [first, last]: readonly [number, number]): string | undefined {
  if (!GROUP_HEADS.has(ctx.word(last)) || IN_POWER.has(ctx.word(first - 1)) || IN_POWER.has(ctx.word(last + 1))) return undefined;
  let marked = GROUP_ROLES.has(ctx.word(first - 1));
  for (let index = first; index <= last && !marked; index++) marked = NON_STATE_MARKS.has(ctx.word(index));
  if (!marked) return undefined;
  for (let index = first; index < last; index++) {
    if (NON_STATE_MARKS.has(ctx.word(index))) continue; // "Free" is also South Africa's Free State
    const country = countryOfWords(ctx, ctx.textOf(index, index + 1)) ?? countryOfWords(ctx, ctx.textOf(index, index));
    if (country) return country;
  }
  return undefined;
}

/** A country, one of its regions (not a town: "Moro" is also a Pakistani town) or a demonym. */
function countryOfWords(ctx: MentionContext, words: string): string | undefined {
  if (!/^\p{Lu}/u.test(words)) return undefined;
  const demonym = ctx.knowledge.gazetteer.demonym(words);
  if (demonym) return demonym;
  for (const candidate of ctx.knowledge.gazetteer.lookup(words)) {
    if (candidate.kind === 'country') return candidate.country.iso3;
    if (candidate.kind === 'region') return candidate.region.country;
  }
  return undefined;
}
