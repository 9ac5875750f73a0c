/** A named area larger or vaguer than a country or region, written for the project. */
export interface GeoArea {
  readonly name: string;
  readonly aliases?: readonly string[];
  /** ISO-3 when the area lies in one country (Crimea, Donbas, Gaza Strip). */
  readonly country?: string;
  readonly region?: string;
  readonly lat: number;
  readonly lon: number;
}

/** Continents, sub-continental areas and disputed or well-known territories that news names as places. */
export const GEO_AREAS: readonly GeoArea[] = [
  { name: 'Europe', lat: 50, lon: 15 },
  { name: 'Western Europe', lat: 48, lon: 5 },
  { name: 'Eastern Europe', lat: 50, lon: 30 },
  { name: 'Central Europe', lat: 49, lon: 16 },
  { name: 'Asia', lat: 35, lon: 100 },
  { name: 'Northeast Asia', aliases: ['North East Asia', 'North-East Asia'], lat: 40, lon: 130 },
  { name: 'East Asia', lat: 35, lon: 120 },
  { name: 'Southeast Asia', aliases: ['South East Asia', 'South-East Asia'], lat: 10, lon: 110 },
  { name: 'South Asia', lat: 22, lon: 78 },
  { name: 'Central Asia', lat: 43, lon: 65 },
  { name: 'Middle East', aliases: ['Mideast'], lat: 29, lon: 42 },
  { name: 'Africa', lat: 5, lon: 20 },
  { name: 'North Africa', lat: 27, lon: 15 },
  { name: 'West Africa', lat: 12, lon: -2 },
  { name: 'East Africa', lat: 0, lon: 37 },
  { name: 'Sub-Saharan Africa', lat: -5, lon: 22 },
  { name: 'Sahel', lat: 15, lon: 5 },
  { name: 'Horn of Africa', lat: 8, lon: 45 },
  { name: 'Latin America', lat: -10, lon: -60 },
  { name: 'South America', lat: -15, lon: -60 },
  { name: 'North America', lat: 45, lon: -100 },
  { name: 'Central America', lat: 13, lon: -86 },
  { name: 'Caribbean', lat: 17, lon: -70 },
  { name: 'Balkans', aliases: ['Balkan', 'Western Balkans'], lat: 43, lon: 20 },
  { name: 'Caucasus', lat: 42, lon: 45 },
  { name: 'Scandinavia', lat: 62, lon: 15 },
  { name: 'Baltic', aliases: ['Baltics', 'Baltic states'], lat: 57, lon: 24 },
  { name: 'Arctic', lat: 80, lon: 0 },
  { name: 'Antarctica', lat: -80, lon: 0 },
  { name: 'Korean Peninsula', lat: 38, lon: 127.5 },
  { name: 'Indo-Pacific', lat: 0, lon: 120 },
  { name: 'Persian Gulf', aliases: ['Gulf'], lat: 27, lon: 51 },
  { name: 'Red Sea', lat: 20, lon: 38 },
  { name: 'Black Sea', lat: 43, lon: 34 },
  { name: 'South China Sea', lat: 12, lon: 113 },
  { name: 'Taiwan Strait', lat: 24, lon: 119.5 },
  { name: 'Mediterranean', lat: 35, lon: 18 },
  { name: 'Gaza Strip', aliases: ['Gaza'], country: 'PSE', lat: 31.42, lon: 34.37 },
  { name: 'West Bank', country: 'PSE', lat: 31.95, lon: 35.3 },
  { name: 'Golan Heights', country: 'SYR', lat: 33, lon: 35.75 },
  { name: 'Crimea', country: 'UKR', region: 'Avtonomna Respublika Krym', lat: 45, lon: 34 },
  { name: 'Donbas', aliases: ['Donbass'], country: 'UKR', lat: 48.3, lon: 38.5 },
  { name: 'Kashmir', lat: 34, lon: 76 },
  { name: 'Darfur', country: 'SDN', lat: 13.5, lon: 24 },
  { name: 'Kurdistan', lat: 36.5, lon: 44 },
  { name: 'Siberia', country: 'RUS', lat: 60, lon: 100 },
  // Districts and breakaway regions news names as often as a province, which the region table lacks.
  { name: 'South Ossetia', aliases: ['Tskhinvali region'], country: 'GEO', lat: 42.3, lon: 44 },
  { name: 'North Waziristan', country: 'PAK', lat: 32.9, lon: 70.1 },
  { name: 'South Waziristan', country: 'PAK', lat: 32.3, lon: 69.7 },
  { name: 'South Tyrol', aliases: ['Alto Adige'], country: 'ITA', lat: 46.7, lon: 11.4 },
];
