/**
 * Transnational armed movements and the countries where they hold ground as an insurgency. Fighting there, a movement
 * is coded as that country's rebels (CAMEO coders write IRQREB for Islamic State fighters in Mosul, AFGREB in Kabul,
 * as the actor dictionary already does for the named branches: ISWAP, ISKP); striking elsewhere ("gunmen claimed by
 * Islamic State attacked a Paris concert hall") it keeps its own code.
 */
export const MOVEMENT_THEATRES: Readonly<Record<string, ReadonlySet<string>>> = Object.assign(Object.create(null) as Record<string, ReadonlySet<string>>, {
  IMGMOSISI: new Set(['IRQ', 'SYR', 'AFG', 'PAK', 'PHL', 'MOZ', 'NGA', 'NER', 'MLI', 'BFA', 'TCD', 'CMR', 'COD', 'LBY', 'EGY', 'SOM', 'YEM']),
  IMGMOSALQ: new Set(['AFG', 'PAK', 'YEM', 'SOM', 'MLI', 'NER', 'BFA', 'DZA', 'IRQ', 'SYR']),
});
