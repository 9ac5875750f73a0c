import type { QuantityCategory } from '../../model/quantity.ts';

/** Head nouns (singular, lower-case) → what kind of count they make; the last noun of the counted phrase decides. */
export const categoryByNoun: Readonly<Record<string, QuantityCategory>> = Object.fromEntries([
  ...words('troop soldier worker sapper deminer personnel officer policeman policemen police staff engineer fighter militant marine sailor serviceman servicemen mercenary guard volunteer reservist conscript employee recruit instructor advisor adviser commando paratrooper peacekeeper labourer laborer specialist pilot crew crewmen', 'personnel'),
  ...words('dead death fatality body corpse', 'killed'),
  ...words('injury injured wounded', 'wounded'),
  ...words('casualty', 'casualties'),
  ...words('arrest detainee detention prisoner', 'arrests'),
  ...words('refugee evacuee displaced asylum-seeker migrant', 'displaced'),
  ...words('missile rocket drone tank shell round gun rifle warhead aircraft jet fighter-jet helicopter ship warship vessel submarine munition bomb grenade artillery howitzer launcher mine weapon ammunition', 'weapons'),
  ...words('hectare acre', 'area'),
  ...words('second minute hour day week month year decade', 'duration'),
]);

/** Words after the counted phrase that turn a count of people into a count of victims: "12 people were killed". */
export const categoryByVerb: readonly (readonly [RegExp, QuantityCategory])[] = [
  [/^(?:killed|dead|died|slain|murdered|executed|perished|lost their lives)$/i, 'killed'],
  [/^(?:wounded|injured|hurt|maimed)$/i, 'wounded'],
  [/^(?:arrested|detained|jailed|imprisoned|captured|held|rounded)$/i, 'arrests'],
  [/^(?:displaced|fled|flee|evacuated|uprooted|homeless|expelled|deported)$/i, 'displaced'],
];

/** Verbs before a count that do the same: "killing 12 civilians", "arrested 40 protesters". */
export const categoryByPrecedingVerb: readonly (readonly [RegExp, QuantityCategory])[] = [
  [/^(?:kill|killed|killing|kills|claimed|claiming|dead)$/i, 'killed'],
  [/^(?:wound|wounded|wounding|injure|injured|injuring)$/i, 'wounded'],
  [/^(?:arrest|arrested|arresting|detain|detained|detaining|round|rounded|rounding)$/i, 'arrests'],
  [/^(?:displace|displaced|displacing|evacuate|evacuated|evacuating)$/i, 'displaced'],
  [/^(?:deploy|deployed|deploying|send|sent|sending|dispatch|dispatched|station|stationed|mobilise|mobilised|mobilize|mobilized)$/i, 'personnel'],
];

/** Nouns naming the act before "of" and a count: "the killing of two soldiers", "the arrest of 40 students". */
export const categoryByActNoun: readonly (readonly [RegExp, QuantityCategory])[] = [
  [/^(?:killings?|deaths?|murders?|massacres?|executions?)$/i, 'killed'],
  [/^(?:woundings?|injuries|injury)$/i, 'wounded'],
  [/^(?:arrests?|detentions?|jailing)$/i, 'arrests'],
  [/^(?:displacement|evacuation|expulsions?|deportations?)$/i, 'displaced'],
];

/** Currency symbols and words → ISO 4217 code. */
export const currencyBySymbol: Readonly<Record<string, string>> = {
  $: 'USD', 'us$': 'USD', usd: 'USD', '£': 'GBP', gbp: 'GBP', '€': 'EUR', eur: 'EUR', '¥': 'JPY', jpy: 'JPY', '₩': 'KRW', krw: 'KRW',
  '₽': 'RUB', rub: 'RUB', 'c$': 'CAD', cad: 'CAD', 'a$': 'AUD', aud: 'AUD', '₹': 'INR', inr: 'INR', cny: 'CNY', rmb: 'CNY', chf: 'CHF',
};

/** Currency names after a number ("300 million euros") → ISO 4217 code. */
export const currencyByWord: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', yen: 'JPY',
  won: 'KRW', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR',
  rupees: 'INR', hryvnia: 'UAH', hryvnias: 'UAH', francs: 'CHF', shekels: 'ILS', lira: 'TRY', riyals: 'SAR', rial: 'IRR', rials: 'IRR',
};

/** Area units: "1,000 square kilometres". */
export const areaUnits: ReadonlySet<string> = new Set(['square kilometres', 'square kilometers', 'square km', 'sq km', 'km2', 'square miles', 'sq miles', 'hectares', 'acres']);

function words(list: string, category: QuantityCategory): [string, QuantityCategory][] {
  return list.split(' ').map((word) => [word, category]);
}
