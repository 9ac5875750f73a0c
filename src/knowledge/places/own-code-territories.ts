/**
 * Territories with a country code of their own (ISO 3166-1 and CAMEO) that gazetteers also list as a region of the
 * state they belong to, by the region's English name: the place stage may read "Hong Kong" as China's region when
 * Beijing is named beside it, but event coders code its people and police as HKG.
 */
const OWN_CODE_TERRITORIES: ReadonlyMap<string, { readonly code: string; readonly sovereign: string }> = new Map([
  ['hong kong', { code: 'HKG', sovereign: 'CHN' }],
  ['macau', { code: 'MAC', sovereign: 'CHN' }],
  ['macao', { code: 'MAC', sovereign: 'CHN' }],
  ['puerto rico', { code: 'PRI', sovereign: 'USA' }],
  ['guam', { code: 'GUM', sovereign: 'USA' }],
  ['greenland', { code: 'GRL', sovereign: 'DNK' }],
  ['faroe islands', { code: 'FRO', sovereign: 'DNK' }],
]);

/** The territory's own code for a place the gazetteer put in a region of its sovereign, else the place's country. */
export function territoryCodeOf(country: string, region: string | undefined): string {
  const territory = region === undefined ? undefined : OWN_CODE_TERRITORIES.get(region.toLowerCase());
  return territory?.sovereign === country ? territory.code : country;
}
