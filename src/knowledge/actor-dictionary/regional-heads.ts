import type { NamedGroup } from './named-groups.ts';

/**
 * Regions whose leaders meet as one body, and that body's code. Wire copy names a regional summit's members by their
 * region ("Southeast Asian leaders urged the junta…", "Arab foreign ministers voted to readmit…"): the body acts. Regions
 * with no single body ("African", "European", "Latin American") or a country's name inside ("Central African") are left out.
 * `sendsMediators`: the body itself mediates; "Arab mediators" and "Gulf Arab envoys" are single states (Egypt and Qatar
 * between Israel and Hamas), so those regions' heads are their summits' members only.
 */
const REGIONAL_BODIES: readonly (readonly [region: string, code: string, sendsMediators: boolean])[] = [
  ['West African', 'IGOWAF', true],
  ['Southeast Asian', 'IGOSEAASN', true],
  ['South-East Asian', 'IGOSEAASN', true],
  ['Arab', 'IGOMEAARL', false],
  ['Gulf Arab', 'IGOMEAGCC', false],
  ['Caribbean', 'IGOCRB', true],
  ['Southern African', 'IGOSAFSAD', true],
];

/** The heads a region's body sends to its summits and ministerial meetings. */
const SUMMIT_HEADS = ['leaders', 'heads of state', 'heads of state and government', 'foreign ministers', 'ministers'];
const MEDIATING_HEADS = ['mediators', 'envoys'];

/** "West African leaders", "Arab foreign ministers", "Caribbean mediators": the regional body, one named group per region. */
export const REGIONAL_HEADS: readonly NamedGroup[] = REGIONAL_BODIES.map(([region, code, sendsMediators]) => {
  const heads = sendsMediators ? [...SUMMIT_HEADS, ...MEDIATING_HEADS] : SUMMIT_HEADS;
  const [name = '', ...aliases] = heads.map((head) => `${region} ${head}`);
  return { name, aliases, code };
});
