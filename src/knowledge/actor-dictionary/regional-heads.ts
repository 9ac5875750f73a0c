import type { NamedGroup } from './named-groups.ts';

/**
 * Regions whose leaders meet as one body, and that body's code. Wire copy names a regional summit's members by their
 * region ("Southeast Asian leaders urged the junta…", "Arab foreign ministers voted to readmit…"): the body acts. Regions
 * with no single body ("African", "European", "Latin American") or a country's name inside ("Central African") are left out.
 */
const REGIONAL_BODIES: readonly (readonly [region: string, code: string])[] = [
  ['West African', 'IGOWAF'],
  ['Southeast Asian', 'IGOSEAASN'],
  ['South-East Asian', 'IGOSEAASN'],
  ['Arab', 'IGOMEAARL'],
  ['Gulf Arab', 'IGOMEAGCC'],
  ['Caribbean', 'IGOCRB'],
  ['Southern African', 'IGOSAFSAD'],
];

/** The heads a region's body sends to its meetings. */
const HEADS = ['leaders', 'heads of state', 'heads of state and government', 'foreign ministers', 'ministers', 'mediators', 'envoys'];

/** "West African leaders", "Arab foreign ministers", "Caribbean mediators": the regional body, one named group per region. */
export const REGIONAL_HEADS: readonly NamedGroup[] = REGIONAL_BODIES.map(([region, code]) => {
  const [name = '', ...aliases] = HEADS.map((head) => `${region} ${head}`);
  return { name, aliases, code };
});
