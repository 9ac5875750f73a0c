/** A person the project knows holds an office, so a bare mention gets a role, a country and a code. */
export interface KnownOfficeHolder {
  readonly name: string;
  readonly aliases: readonly string[];
  /** ISO-3, or an IGO code prefix for international officials. */
  readonly country: string;
  readonly title: string;
  /** CAMEO actor code. */
  readonly code: string;
  /** ISO date the office began, when known: a mention in an earlier article is not linked to it. */
  readonly since?: string;
}

/**
 * Heads of state and government and a few senior officials as of mid-2025, written for the project. `since` is when
 * the listed office began: earlier mentions are left to the dated office-holder table, which knows the earlier roles.
 */
export const OFFICE_HOLDERS: readonly KnownOfficeHolder[] = [
  { name: 'Kim Jong Un', aliases: ['Kim Jong-un', 'Kim Jong-Un'], country: 'PRK', title: 'leader of North Korea', code: 'PRKGOV', since: '2011-12-17' },
  { name: 'Vladimir Putin', aliases: [], country: 'RUS', title: 'President of Russia', code: 'RUSGOV' },
  { name: 'Sergei Shoigu', aliases: ['Sergey Shoigu'], country: 'RUS', title: "Secretary of Russia's Security Council", code: 'RUSGOV', since: '2024-05-12' },
  { name: 'Sergei Lavrov', aliases: ['Sergey Lavrov'], country: 'RUS', title: 'Foreign Minister of Russia', code: 'RUSGOV' },
  { name: 'Andrei Belousov', aliases: ['Andrey Belousov'], country: 'RUS', title: 'Defence Minister of Russia', code: 'RUSGOV', since: '2024-05-14' },
  { name: 'Mikhail Mishustin', aliases: [], country: 'RUS', title: 'Prime Minister of Russia', code: 'RUSGOV', since: '2020-01-16' },
  { name: 'Dmitry Peskov', aliases: [], country: 'RUS', title: 'Kremlin spokesman', code: 'RUSGOV' },
  { name: 'Volodymyr Zelensky', aliases: ['Volodymyr Zelenskyy', 'Zelenskyy'], country: 'UKR', title: 'President of Ukraine', code: 'UKRGOV', since: '2019-05-20' },
  { name: 'Lee Jae Myung', aliases: ['Lee Jae-myung', 'Lee Jae-Myung'], country: 'KOR', title: 'President of South Korea', code: 'KORGOV', since: '2025-06-04' },
  { name: 'Shigeru Ishiba', aliases: [], country: 'JPN', title: 'Prime Minister of Japan', code: 'JPNGOV', since: '2024-10-01' },
  { name: 'Xi Jinping', aliases: [], country: 'CHN', title: 'President of China', code: 'CHNGOV', since: '2013-03-14' },
  { name: 'Li Qiang', aliases: [], country: 'CHN', title: 'Premier of China', code: 'CHNGOV', since: '2023-03-11' },
  { name: 'Wang Yi', aliases: [], country: 'CHN', title: 'Foreign Minister of China', code: 'CHNGOV', since: '2013-03-16' },
  { name: 'Donald Trump', aliases: [], country: 'USA', title: 'President of the United States', code: 'USAGOV', since: '2025-01-20' },
  { name: 'JD Vance', aliases: ['J.D. Vance'], country: 'USA', title: 'Vice President of the United States', code: 'USAGOV', since: '2025-01-20' },
  { name: 'Marco Rubio', aliases: [], country: 'USA', title: 'Secretary of State of the United States', code: 'USAGOV', since: '2025-01-21' },
  { name: 'Pete Hegseth', aliases: [], country: 'USA', title: 'Secretary of Defense of the United States', code: 'USAGOV', since: '2025-01-25' },
  { name: 'Keir Starmer', aliases: [], country: 'GBR', title: 'Prime Minister of the United Kingdom', code: 'GBRGOV', since: '2024-07-05' },
  { name: 'Emmanuel Macron', aliases: [], country: 'FRA', title: 'President of France', code: 'FRAGOV', since: '2017-05-14' },
  { name: 'Friedrich Merz', aliases: [], country: 'DEU', title: 'Chancellor of Germany', code: 'DEUGOV', since: '2025-05-06' },
  { name: 'Giorgia Meloni', aliases: [], country: 'ITA', title: 'Prime Minister of Italy', code: 'ITAGOV', since: '2022-10-22' },
  { name: 'Mark Carney', aliases: [], country: 'CAN', title: 'Prime Minister of Canada', code: 'CANGOV', since: '2025-03-14' },
  { name: 'Narendra Modi', aliases: [], country: 'IND', title: 'Prime Minister of India', code: 'INDGOV', since: '2014-05-26' },
  { name: 'Recep Tayyip Erdogan', aliases: ['Tayyip Erdogan', 'Erdoğan'], country: 'TUR', title: 'President of Turkey', code: 'TURGOV', since: '2003-03-14' },
  { name: 'Benjamin Netanyahu', aliases: [], country: 'ISR', title: 'Prime Minister of Israel', code: 'ISRGOV', since: '2022-12-29' },
  { name: 'Masoud Pezeshkian', aliases: [], country: 'IRN', title: 'President of Iran', code: 'IRNGOV', since: '2024-07-28' },
  { name: 'Ali Khamenei', aliases: ['Ayatollah Ali Khamenei'], country: 'IRN', title: 'Supreme Leader of Iran', code: 'IRNGOV' },
  { name: 'Mohammed bin Salman', aliases: [], country: 'SAU', title: 'Crown Prince and Prime Minister of Saudi Arabia', code: 'SAUGOV' },
  { name: 'Alexander Lukashenko', aliases: [], country: 'BLR', title: 'President of Belarus', code: 'BLRGOV' },
  { name: 'Luiz Inacio Lula da Silva', aliases: ['Lula'], country: 'BRA', title: 'President of Brazil', code: 'BRAGOV', since: '2023-01-01' },
  { name: 'Claudia Sheinbaum', aliases: [], country: 'MEX', title: 'President of Mexico', code: 'MEXGOV', since: '2024-10-01' },
  { name: 'Anthony Albanese', aliases: [], country: 'AUS', title: 'Prime Minister of Australia', code: 'AUSGOV', since: '2022-05-23' },
  { name: 'Prabowo Subianto', aliases: [], country: 'IDN', title: 'President of Indonesia', code: 'IDNGOV', since: '2024-10-20' },
  { name: 'Shehbaz Sharif', aliases: [], country: 'PAK', title: 'Prime Minister of Pakistan', code: 'PAKGOV', since: '2022-04-11' },
  { name: 'Pedro Sanchez', aliases: ['Pedro Sánchez'], country: 'ESP', title: 'Prime Minister of Spain', code: 'ESPGOV', since: '2018-06-02' },
  { name: 'Donald Tusk', aliases: [], country: 'POL', title: 'Prime Minister of Poland', code: 'POLGOV', since: '2023-12-13' },
  { name: 'Viktor Orban', aliases: ['Viktor Orbán'], country: 'HUN', title: 'Prime Minister of Hungary', code: 'HUNGOV', since: '2010-05-29' },
  { name: 'Abdel Fattah al-Sisi', aliases: ['Sisi'], country: 'EGY', title: 'President of Egypt', code: 'EGYGOV', since: '2014-06-08' },
  { name: 'Antonio Guterres', aliases: ['António Guterres'], country: 'IGO', title: 'Secretary-General of the United Nations', code: 'IGOUNO', since: '2017-01-01' },
  { name: 'Mark Rutte', aliases: [], country: 'IGO', title: 'Secretary General of NATO', code: 'IGOWSTNAT', since: '2024-10-01' },
  { name: 'Ursula von der Leyen', aliases: [], country: 'IGO', title: 'President of the European Commission', code: 'IGOEEU', since: '2019-12-01' },
  { name: 'Rafael Grossi', aliases: [], country: 'IGO', title: 'Director General of the IAEA', code: 'IGOUNOIAE', since: '2019-12-03' },
];
