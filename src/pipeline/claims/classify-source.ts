import { anonymousWords, knownOutlets, officialWords, organisationWords, outletNameWords, outletWords, stateMediaWords, unnamedReportWords } from '../../knowledge/claims/source-kinds.ts';
import type { Actor } from '../../model/actor.ts';
import type { SourceKind } from '../../model/claim.ts';

// The outlets as two parallel arrays, in the map's order: iterating the map itself allocated an entry per outlet per call.
const outletNames = [...knownOutlets.keys()];
const outlets = [...knownOutlets.values()];

function knownOutlet(text: string): { readonly isState: boolean } | undefined {
  const lower = text.toLowerCase();
  for (let i = 0; i < outletNames.length; i++) {
    const name = outletNames[i] as string;
    const at = lower.indexOf(name);
    if (at < 0) continue;
    const outlet = outlets[i] as { readonly isState: boolean };
    if (!/\w/.test(lower[at - 1] ?? '') && !/\w/.test(lower[at + name.length] ?? '')) return outlet;
  }
  return undefined;
}

/** What kind of source a speaker is, from its wording and, when linked, its actor (kind, CAMEO code, roles). */
export function classifySource(speaker: string, actor: Actor | undefined): SourceKind {
  const outlet = knownOutlet(speaker) ?? (actor ? knownOutlet(actor.name) : undefined);
  if (stateMediaWords.test(speaker) || outlet?.isState) return 'state-media';
  if (outlet || outletWords.test(speaker) || outletNameWords.test(speaker) || actor?.kind === 'media' || actor?.code?.endsWith('MED')) return 'outlet';
  if (anonymousWords.test(speaker)) return 'anonymous';
  // "it said" with no institution named before it: a company, a ministry or a report, never a person.
  if (/^it$/i.test(speaker)) return 'organisation';
  if (unnamedReportWords.test(speaker.replace(/^(?:the|some|a)\s+/i, ''))) return 'unattributed';
  const hasOfficialRole = actor?.roles.some((role) => officialWords.test(role.title)) ?? false;
  if (officialWords.test(speaker) || hasOfficialRole || actor?.kind === 'country' || /(?:GOV|MIL|COP|JUD|LEG|SPY)$/.test(actor?.code ?? '')) return 'official';
  if (organisationWords.test(speaker) || actor?.kind === 'organisation') return 'organisation';
  // People are not "the"-named: "the World Food Programme" is an organisation.
  if (/^the\s+[A-Z]/.test(speaker) || actor?.kind === 'group') return 'organisation';
  return 'person';
}
