/** A named organisation the project knows: international bodies, alliances, armed groups. */
export interface KnownOrganisation {
  readonly name: string;
  readonly aliases: readonly string[];
  /** CAMEO actor code, e.g. `IGOUNO`, `IGOWSTNAT`, `LBNREB`. */
  readonly code: string;
  /** ISO-3 of the home country for national groups. */
  readonly country?: string;
}

/** International organisations, seats of government named for their governments, and well-known groups (CAMEO-style codes). */
export const ORGANISATIONS: readonly KnownOrganisation[] = [
  { name: 'United Nations', aliases: ['UN', 'U.N.'], code: 'IGOUNO' },
  { name: 'UN Security Council', aliases: ['United Nations Security Council', 'UNSC', 'U.N. Security Council'], code: 'IGOUNO' },
  { name: 'UN General Assembly', aliases: ['United Nations General Assembly'], code: 'IGOUNO' },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'], code: 'IGOUNOIAE' },
  { name: 'World Health Organization', aliases: ['WHO'], code: 'IGOUNOWHO' },
  { name: 'UNICEF', aliases: ["United Nations Children's Fund"], code: 'IGOUNOKID' },
  { name: 'UNHCR', aliases: ['UN refugee agency', 'United Nations High Commissioner for Refugees'], code: 'IGOUNOREF' },
  { name: 'World Food Programme', aliases: ['WFP'], code: 'IGOUNOWFP' },
  { name: 'International Court of Justice', aliases: ['ICJ', 'World Court'], code: 'IGOUNOJUD' },
  { name: 'International Criminal Court', aliases: ['ICC'], code: 'IGOJUD' },
  { name: 'North Atlantic Treaty Organization', aliases: ['NATO', 'Nato'], code: 'IGOWSTNAT' },
  { name: 'European Union', aliases: ['EU', 'E.U.'], code: 'IGOEEU' },
  { name: 'European Commission', aliases: [], code: 'IGOEEU' },
  { name: 'European Parliament', aliases: [], code: 'IGOEEU' },
  { name: 'European Council', aliases: [], code: 'IGOEEU' },
  { name: 'Council of Europe', aliases: [], code: 'IGOEURCOE' },
  { name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE'], code: 'IGOEUROSC' },
  { name: 'Group of Seven', aliases: ['G7', 'G-7'], code: 'IGOBUSGSV' },
  { name: 'Group of Twenty', aliases: ['G20', 'G-20'], code: 'IGOBUSGTW' },
  { name: 'BRICS', aliases: [], code: 'IGOBUSBRI' },
  { name: 'International Monetary Fund', aliases: ['IMF'], code: 'IGOBUSIMF' },
  { name: 'World Bank', aliases: [], code: 'IGOBUSWBK' },
  { name: 'World Trade Organization', aliases: ['WTO'], code: 'IGOBUSWTO' },
  { name: 'Organization of the Petroleum Exporting Countries', aliases: ['OPEC'], code: 'IGOBUSOPC' },
  { name: 'African Union', aliases: ['AU'], code: 'IGOAFRAFU' },
  { name: 'Arab League', aliases: ['League of Arab States'], code: 'IGOMEAARL' },
  { name: 'Association of Southeast Asian Nations', aliases: ['ASEAN'], code: 'IGOSEAASN' },
  { name: 'Gulf Cooperation Council', aliases: ['GCC'], code: 'IGOMEAGCC' },
  { name: 'Shanghai Cooperation Organisation', aliases: ['SCO', 'Shanghai Cooperation Organization'], code: 'IGOCAS' },
  { name: 'Collective Security Treaty Organization', aliases: ['CSTO'], code: 'IGOCAS' },
  { name: 'Interpol', aliases: ['INTERPOL'], code: 'IGOCOPITP' },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'], code: 'NGOHLHIRC' },
  { name: 'Amnesty International', aliases: [], code: 'NGOHRIAMN' },
  { name: 'Human Rights Watch', aliases: ['HRW'], code: 'NGOHRIHRW' },
  { name: 'Hamas', aliases: [], code: 'PSEREB', country: 'PSE' },
  { name: 'Hezbollah', aliases: ['Hizbollah'], code: 'LBNREB', country: 'LBN' },
  { name: 'Taliban', aliases: [], code: 'AFGREB', country: 'AFG' },
  { name: 'Houthis', aliases: ['Houthi', 'Ansar Allah'], code: 'YEMREB', country: 'YEM' },
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'Daesh'], code: 'IMGMOSISI' },
  { name: 'al-Qaeda', aliases: ['al Qaeda', 'Al-Qaeda', 'al-Qaida'], code: 'IMGMOSALQ' },
  { name: 'White House', aliases: [], code: 'USAGOV', country: 'USA' },
  { name: 'Pentagon', aliases: [], code: 'USAMIL', country: 'USA' },
  { name: 'State Department', aliases: ['U.S. State Department'], code: 'USAGOV', country: 'USA' },
  // The other US executive departments, as wire copy names them. "The Treasury" alone is also Britain's, and Manila
  // and Hong Kong have a "Justice Department" of their own, so those two are named only in their US forms.
  { name: 'Treasury Department', aliases: ['U.S. Treasury', 'US Treasury', 'U.S. Treasury Department', 'US Treasury Department', 'Department of the Treasury'], code: 'USAGOV', country: 'USA' },
  { name: 'U.S. Justice Department', aliases: ['US Justice Department', 'U.S. Department of Justice', 'US Department of Justice'], code: 'USAJUD', country: 'USA' },
  { name: 'Commerce Department', aliases: ['U.S. Commerce Department', 'US Commerce Department'], code: 'USAGOV', country: 'USA' },
  { name: 'Department of Homeland Security', aliases: ['Homeland Security Department'], code: 'USAGOV', country: 'USA' },
  { name: 'Defense Department', aliases: ['U.S. Defense Department', 'US Defense Department', 'Department of Defense'], code: 'USAMIL', country: 'USA' },
  { name: 'Kremlin', aliases: [], code: 'RUSGOV', country: 'RUS' },
  { name: 'Downing Street', aliases: [], code: 'GBRGOV', country: 'GBR' },
  { name: 'Elysee', aliases: ['Élysée', 'Elysee Palace'], code: 'FRAGOV', country: 'FRA' },
  { name: 'Zhongnanhai', aliases: [], code: 'CHNGOV', country: 'CHN' },
  { name: 'Wagner Group', aliases: ['Wagner'], code: 'RUSMIL', country: 'RUS' },
];

/**
 * Short names trusted only as written and only where the entity tagger found an organisation ("IS fighters"), never
 * as dictionary phrases: "IS" is also the verb in capitalised headlines.
 */
export const ORGANISATION_ACRONYMS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  IS: 'Islamic State',
});
