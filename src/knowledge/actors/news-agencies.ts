/** A news agency or broadcaster, with its country and whether the state runs it. */
export interface NewsAgency {
  readonly name: string;
  readonly aliases: readonly string[];
  /** ISO-3 of its home country. */
  readonly country: string;
  readonly isStateMedia: boolean;
  /** Description as news writes it, e.g. "North Korean state media". */
  readonly description: string;
}

/** Wire services, state media and major outlets, written for the project; their CAMEO code is `<country>MED`. */
export const NEWS_AGENCIES: readonly NewsAgency[] = [
  { name: 'Korean Central News Agency', aliases: ['KCNA'], country: 'PRK', isStateMedia: true, description: 'North Korean state news agency' },
  { name: 'Rodong Sinmun', aliases: [], country: 'PRK', isStateMedia: true, description: 'North Korean ruling party newspaper' },
  { name: 'TASS', aliases: ['ITAR-TASS', 'Tass'], country: 'RUS', isStateMedia: true, description: 'Russian state news agency' },
  { name: 'RIA Novosti', aliases: ['RIA'], country: 'RUS', isStateMedia: true, description: 'Russian state news agency' },
  { name: 'Interfax', aliases: [], country: 'RUS', isStateMedia: false, description: 'Russian news agency' },
  { name: 'RT', aliases: ['Russia Today'], country: 'RUS', isStateMedia: true, description: 'Russian state broadcaster' },
  { name: 'Xinhua', aliases: ['Xinhua News Agency', 'New China News Agency'], country: 'CHN', isStateMedia: true, description: 'Chinese state news agency' },
  { name: 'CCTV', aliases: ['China Central Television', 'CGTN'], country: 'CHN', isStateMedia: true, description: 'Chinese state broadcaster' },
  { name: 'Global Times', aliases: [], country: 'CHN', isStateMedia: true, description: 'Chinese state-run tabloid' },
  { name: "People's Daily", aliases: [], country: 'CHN', isStateMedia: true, description: 'Chinese Communist Party newspaper' },
  { name: 'Yonhap', aliases: ['Yonhap News Agency'], country: 'KOR', isStateMedia: false, description: 'South Korean news agency' },
  { name: 'Kyodo', aliases: ['Kyodo News'], country: 'JPN', isStateMedia: false, description: 'Japanese news agency' },
  { name: 'NHK', aliases: [], country: 'JPN', isStateMedia: false, description: 'Japanese public broadcaster' },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency'], country: 'IRN', isStateMedia: true, description: 'Iranian state news agency' },
  { name: 'SANA', aliases: ['Syrian Arab News Agency'], country: 'SYR', isStateMedia: true, description: 'Syrian state news agency' },
  { name: 'WAFA', aliases: [], country: 'PSE', isStateMedia: true, description: 'Palestinian official news agency' },
  { name: 'Anadolu', aliases: ['Anadolu Agency'], country: 'TUR', isStateMedia: true, description: 'Turkish state news agency' },
  { name: 'Ukrinform', aliases: [], country: 'UKR', isStateMedia: true, description: 'Ukrainian state news agency' },
  { name: 'BelTA', aliases: [], country: 'BLR', isStateMedia: true, description: 'Belarusian state news agency' },
  { name: 'Reuters', aliases: [], country: 'GBR', isStateMedia: false, description: 'international news agency' },
  { name: 'Associated Press', aliases: ['AP'], country: 'USA', isStateMedia: false, description: 'American news agency' },
  { name: 'Agence France-Presse', aliases: ['AFP'], country: 'FRA', isStateMedia: false, description: 'French news agency' },
  { name: 'Bloomberg', aliases: [], country: 'USA', isStateMedia: false, description: 'American financial news agency' },
  { name: 'BBC', aliases: ['British Broadcasting Corporation'], country: 'GBR', isStateMedia: false, description: 'British public broadcaster' },
  { name: 'Al Jazeera', aliases: [], country: 'QAT', isStateMedia: false, description: 'Qatari broadcaster' },
  { name: 'CNN', aliases: [], country: 'USA', isStateMedia: false, description: 'American broadcaster' },
  { name: 'Deutsche Presse-Agentur', aliases: ['dpa', 'DPA'], country: 'DEU', isStateMedia: false, description: 'German news agency' },
  { name: 'ANSA', aliases: [], country: 'ITA', isStateMedia: false, description: 'Italian news agency' },
  { name: 'EFE', aliases: [], country: 'ESP', isStateMedia: false, description: 'Spanish news agency' },
  // Newspapers whose reporters are arrested or expelled abroad ("Wall Street Journal correspondent Anna Keller" → USAMED).
  { name: 'Wall Street Journal', aliases: ['The Wall Street Journal'], country: 'USA', isStateMedia: false, description: 'American newspaper' },
  { name: 'New York Times', aliases: ['The New York Times'], country: 'USA', isStateMedia: false, description: 'American newspaper' },
  { name: 'Washington Post', aliases: ['The Washington Post'], country: 'USA', isStateMedia: false, description: 'American newspaper' },
  { name: 'Financial Times', aliases: [], country: 'GBR', isStateMedia: false, description: 'British newspaper' },
  { name: 'Le Monde', aliases: [], country: 'FRA', isStateMedia: false, description: 'French newspaper' },
  { name: 'Der Spiegel', aliases: [], country: 'DEU', isStateMedia: false, description: 'German news magazine' },
  { name: 'Radio Free Europe/Radio Liberty', aliases: ['Radio Free Europe', 'RFE/RL', 'Radio Liberty'], country: 'USA', isStateMedia: true, description: 'US-funded broadcaster' },
  { name: 'Voice of America', aliases: ['VOA'], country: 'USA', isStateMedia: true, description: 'US state-funded broadcaster' },
  { name: 'Press Trust of India', aliases: ['PTI'], country: 'IND', isStateMedia: false, description: 'Indian news agency' },
];
