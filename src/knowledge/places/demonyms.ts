/**
 * Demonyms and adjectival forms → ISO 3166-1 alpha-3, written for the project: "North Korean" → PRK.
 * Plural people forms ("Russians") are derived by the loader. Peoples spread over several states ("Arab", "Kurdish")
 * map to '': a Kurdish group is Iraqi, Syrian, Turkish or Iranian, which only its own name or the context says.
 */
export const DEMONYMS: Readonly<Record<string, string>> = {
  Afghan: 'AFG', Albanian: 'ALB', Algerian: 'DZA', Andorran: 'AND', Angolan: 'AGO', Argentine: 'ARG', Argentinian: 'ARG',
  Armenian: 'ARM', Australian: 'AUS', Austrian: 'AUT', Azerbaijani: 'AZE', Azeri: 'AZE', Bahraini: 'BHR',
  Bangladeshi: 'BGD', Belarusian: 'BLR', Belgian: 'BEL', Belizean: 'BLZ', Beninese: 'BEN', Bhutanese: 'BTN',
  Bolivian: 'BOL', Bosnian: 'BIH', Botswanan: 'BWA', Brazilian: 'BRA', British: 'GBR', Bruneian: 'BRN',
  Bulgarian: 'BGR', Burkinabe: 'BFA', Burmese: 'MMR', Burundian: 'BDI', Cambodian: 'KHM', Cameroonian: 'CMR',
  Canadian: 'CAN', Chadian: 'TCD', Chilean: 'CHL', Chinese: 'CHN', Colombian: 'COL', Congolese: 'COD',
  'Costa Rican': 'CRI', Croatian: 'HRV', Croat: 'HRV', Cuban: 'CUB', Cypriot: 'CYP', Czech: 'CZE', Danish: 'DNK', Dane: 'DNK',
  Djiboutian: 'DJI', Dominican: 'DOM', Dutch: 'NLD', Ecuadorian: 'ECU', Ecuadorean: 'ECU', Egyptian: 'EGY', Salvadoran: 'SLV',
  Emirati: 'ARE', English: 'GBR', Eritrean: 'ERI', Estonian: 'EST', Ethiopian: 'ETH', Fijian: 'FJI', Filipino: 'PHL',
  Finnish: 'FIN', Finn: 'FIN', French: 'FRA', Gabonese: 'GAB', Gambian: 'GMB', Georgian: 'GEO', German: 'DEU',
  Ghanaian: 'GHA', Greek: 'GRC', Guatemalan: 'GTM', Guinean: 'GIN', Guyanese: 'GUY', Haitian: 'HTI',
  Honduran: 'HND', 'Hong Konger': 'HKG', Hungarian: 'HUN', Icelandic: 'ISL', Indian: 'IND', Indonesian: 'IDN',
  Iranian: 'IRN', Iraqi: 'IRQ', Irish: 'IRL', Israeli: 'ISR', Italian: 'ITA', Ivorian: 'CIV', Jamaican: 'JAM',
  Japanese: 'JPN', Jordanian: 'JOR', Kazakh: 'KAZ', Kazakhstani: 'KAZ', Kenyan: 'KEN', Kosovar: 'KSV', Kuwaiti: 'KWT',
  Kyrgyz: 'KGZ', Lao: 'LAO', Laotian: 'LAO', Latvian: 'LVA', Lebanese: 'LBN', Liberian: 'LBR', Libyan: 'LBY',
  Lithuanian: 'LTU', Luxembourgish: 'LUX', Macedonian: 'MKD', Malagasy: 'MDG', Malawian: 'MWI', Malaysian: 'MYS',
  Maldivian: 'MDV', Malian: 'MLI', Maltese: 'MLT', Mauritanian: 'MRT', Mauritian: 'MUS', Mexican: 'MEX',
  Moldovan: 'MDA', Monegasque: 'MCO', Mongolian: 'MNG', Montenegrin: 'MNE', Moroccan: 'MAR', Mozambican: 'MOZ',
  Namibian: 'NAM', Nepalese: 'NPL', Nepali: 'NPL', 'New Zealand': 'NZL', Nicaraguan: 'NIC', Nigerien: 'NER',
  Nigerian: 'NGA', 'North Korean': 'PRK', Norwegian: 'NOR', Omani: 'OMN', Pakistani: 'PAK', Palestinian: 'PSE',
  Panamanian: 'PAN', 'Papua New Guinean': 'PNG', Paraguayan: 'PRY', Peruvian: 'PER', Polish: 'POL', Pole: 'POL',
  Portuguese: 'PRT', Qatari: 'QAT', Romanian: 'ROU', Russian: 'RUS', Rwandan: 'RWA', Saudi: 'SAU', 'Saudi Arabian': 'SAU',
  Scottish: 'GBR', Scot: 'GBR', Senegalese: 'SEN', Serbian: 'SRB', Serb: 'SRB', 'Sierra Leonean': 'SLE',
  Singaporean: 'SGP', Slovak: 'SVK', Slovakian: 'SVK', Slovenian: 'SVN', Slovene: 'SVN', Somali: 'SOM',
  'South African': 'ZAF', 'South Korean': 'KOR', 'South Sudanese': 'SSD', Spanish: 'ESP', Spaniard: 'ESP',
  'Sri Lankan': 'LKA', Sudanese: 'SDN', Surinamese: 'SUR', Swazi: 'SWZ', Swedish: 'SWE', Swede: 'SWE', Swiss: 'CHE',
  Syrian: 'SYR', Taiwanese: 'TWN', Tajik: 'TJK', Tanzanian: 'TZA', Thai: 'THA', Togolese: 'TGO', Tongan: 'TON',
  Trinidadian: 'TTO', Tunisian: 'TUN', Turkish: 'TUR', Turk: 'TUR', Turkmen: 'TKM', Ugandan: 'UGA', Ukrainian: 'UKR',
  Uruguayan: 'URY', American: 'USA', Uzbek: 'UZB', Venezuelan: 'VEN', Vietnamese: 'VNM', Welsh: 'GBR',
  Yemeni: 'YEM', Zambian: 'ZMB', Zimbabwean: 'ZWE', Korean: 'KOR', Kurdish: '', Chechen: 'RUS', Crimean: 'UKR',
  Bosniak: 'BIH', Sahrawi: 'ESH', Tibetan: 'CHN', Uyghur: 'CHN', Rohingya: 'MMR', Yazidi: 'IRQ', Basque: 'ESP', Catalan: 'ESP', Flemish: 'BEL',
  Soviet: 'RUS', Yugoslav: 'SRB', Persian: 'IRN', Arab: '', European: '', African: '', Asian: '', Latino: '',
};

/** Peoples spread over several states (demonym '' above), with those states: Kurdish fighters near Raqqa are Syrian. */
export const HOMELANDS: Readonly<Record<string, readonly string[]>> = {
  Kurdish: ['IRQ', 'SYR', 'TUR', 'IRN'],
  Kurds: ['IRQ', 'SYR', 'TUR', 'IRN'],
};

/** Adds the plural people form of a demonym ("Russian" → "Russians"; "Chinese", "Swiss" stay as they are). */
export function pluralDemonym(demonym: string): string | undefined {
  if (/(ese|ss|sh|ch|i)$/.test(demonym) || demonym.includes(' ') && !/an$/.test(demonym)) return undefined;
  return `${demonym}s`;
}
