/**
 * Generic agent nouns → CAMEO role codes, written by the project: "Russian troops" → RUS + MIL.
 * Plurals are matched through the token lemma, so only singular forms are listed.
 */
export const BUILTIN_AGENTS: Readonly<Record<string, readonly string[]>> = {
  GOV: [
    'government', 'administration', 'president', 'prime minister', 'premier', 'chancellor', 'minister', 'ministry',
    'foreign minister', 'foreign ministry', 'defence minister', 'defense minister', 'defence ministry', 'defense ministry',
    'official', 'leader', 'cabinet', 'authorities', 'authority', 'king', 'queen', 'emir', 'spokesman', 'spokeswoman',
    'spokesperson', 'ambassador', 'envoy', 'diplomat', 'embassy', 'regime', 'governor', 'mayor', 'state department',
    'security council', 'security official', 'security adviser', 'head of state', 'vice president', 'secretary',
    'junta', 'kremlin', 'white house', 'presidential office',
  ],
  MIL: [
    'army', 'military', 'troop', 'soldier', 'force', 'armed forces', 'navy', 'air force', 'marine', 'general',
    'commander', 'officer', 'warship', 'jet', 'artillery', 'sapper', 'deminer', 'paratrooper', 'special forces',
    'military personnel', 'defence forces', 'defense forces', 'border guard',
  ],
  COP: ['police', 'policeman', 'police officer', 'security forces', 'riot police', 'border police', 'gendarme'],
  REB: ['rebel', 'insurgent', 'militant', 'guerrilla', 'separatist', 'militia', 'militiaman', 'gunman', 'fighter'],
  LEG: ['parliament', 'lawmaker', 'legislator', 'congress', 'senate', 'senator', 'mp', 'assembly', 'legislature'],
  JUD: ['court', 'judge', 'prosecutor', 'supreme court', 'tribunal'],
  OPP: ['opposition', 'opposition party', 'opposition leader', 'dissident', 'activist'],
  MED: ['media', 'state media', 'news agency', 'newspaper', 'journalist', 'reporter', 'broadcaster', 'television', 'radio'],
  BUS: ['company', 'firm', 'business', 'businessman', 'corporation', 'bank', 'industry'],
  CVL: ['civilian', 'resident', 'people', 'citizen', 'villager', 'protester', 'demonstrator', 'crowd', 'refugee', 'student', 'worker'],
  SPY: ['intelligence', 'intelligence agency', 'spy', 'intelligence service'],
  LAB: ['union', 'trade union', 'labor union', 'labour union'],
  REL: ['cleric', 'priest', 'imam', 'bishop', 'church'],
  HLH: ['doctor', 'hospital', 'health ministry'],
};

/** International organisations named often enough in news to code without a user dictionary. */
export const BUILTIN_ORGANISATIONS: readonly { readonly code: string; readonly names: readonly string[] }[] = [
  { code: 'IGOUNO', names: ['United Nations', 'UN', 'U.N.', 'UN Security Council', 'UN General Assembly'] },
  { code: 'IGOEUREEC', names: ['European Union', 'EU', 'E.U.', 'European Commission'] },
  { code: 'IGOWSTNAT', names: ['NATO', 'North Atlantic Treaty Organization'] },
  { code: 'IGOAFRAU', names: ['African Union', 'AU'] },
  { code: 'IGOSEAASN', names: ['ASEAN', 'Association of Southeast Asian Nations'] },
  { code: 'IGOARBALL', names: ['Arab League'] },
  { code: 'IGOG7', names: ['G7', 'G-7', 'Group of Seven'] },
  { code: 'IGOG20', names: ['G20', 'G-20'] },
  { code: 'IGOUNOIAE', names: ['IAEA', 'International Atomic Energy Agency'] },
  { code: 'IGOBNK', names: ['IMF', 'International Monetary Fund', 'World Bank'] },
  { code: 'NGOHRI', names: ['Amnesty International', 'Human Rights Watch'] },
  { code: 'NGOXFM', names: ['Red Cross', 'ICRC'] },
];
