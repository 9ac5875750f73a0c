/**
 * CAMEO agent roles (the three letters after an actor code's country) that several event rules read the same way. One
 * list each, so a rule that repairs a code by who acts and a rule that adds an implied event agree on who is who. Most
 * lists are unions of four base sets (who governs, the uniformed forces, armed men of no state, crowds); where two
 * lists differ by one role, the comment says that the difference changes codings.
 */

/** Who governs a state: its government, legislature and courts; these lend their country to the other side of a protest or an arrest. */
export const GOVERNING_ROLES: ReadonlySet<string> = new Set(['GOV', 'LEG', 'JUD']);
/** A state's uniformed forces: soldiers and police. */
export const UNIFORMED_ROLES: ReadonlySet<string> = new Set(['MIL', 'COP']);
/** Armed men of no state: rebels, gunmen and insurgents. */
export const IRREGULAR_ROLES: ReadonlySet<string> = new Set(['REB', 'UAF', 'INS']);
/** Crowds: the opposition's supporters, civilians, students and workers, as a protest's people are coded. */
export const CROWD_ROLES: ReadonlySet<string> = new Set(['OPP', 'CVL', 'EDU', 'LAB']);

/** State forces: soldiers, police, spies and the government that commands them (the courts and legislature command no force). */
export const STATE_FORCE_ROLES: ReadonlySet<string> = new Set([...UNIFORMED_ROLES, 'GOV', 'SPY']);
/**
 * The state's side: its government, forces, police, spies, courts and legislature. They belong to the state where they
 * act ("police in Istanbul" are Turkish police), a crowd jailed or dispersed by any of them was answered by the state, and
 * a protest or an arrest is against them.
 */
export const STATE_SIDE_ROLES: ReadonlySet<string> = new Set([...GOVERNING_ROLES, ...UNIFORMED_ROLES, 'SPY']);
/** Offices a counterpart can hold ("his Chilean counterpart"): the state's side and its elites; a peer coded otherwise ("IGOUNO") leaves the government's. */
export const OFFICE_ROLES: ReadonlySet<string> = new Set([...STATE_SIDE_ROLES, 'ELI']);
/**
 * Armed groups of no state, criminal gangs included: their blows on civilians and their hostages are told apart from a
 * state's. Kept apart from IRREGULAR_ROLES: a gang's seizure or attack is coded as an armed group's here, and dropping
 * CRM changes codings on the development sets.
 */
export const INSURGENT_ROLES: ReadonlySet<string> = new Set([...IRREGULAR_ROLES, 'CRM']);
/** Armed sides and police withdraw from places and lines; a state or party leaving a body cuts its ties instead (body-exit.ts). */
export const ARMED_SIDE_ROLES: ReadonlySet<string> = new Set([...IRREGULAR_ROLES, ...UNIFORMED_ROLES]);
/**
 * Armed forces and rebels, who fight (force-agents.ts's isArmed). Police are not counted, unlike ARMED_SIDE_ROLES:
 * adding COP changes BBC and ECB+ codings.
 */
export const ARMED_FORCE_ROLES: ReadonlySet<string> = new Set([...IRREGULAR_ROLES, 'MIL']);
/**
 * Who can fight or kill in numbers (force-means.ts): forces, police, spies and armed groups. Gangs and cartels too:
 * gang gunmen shooting dozens of travellers commit a massacre, and gang members killed in scores are a battle's toll.
 */
export const ARMED_OR_STATE_ROLES: ReadonlySet<string> = new Set([...UNIFORMED_ROLES, ...INSURGENT_ROLES, 'SPY']);
/** Civil groups other than plain civilians: opposition, students, workers, the press, the faithful. */
export const CIVIL_GROUP_ROLES: ReadonlySet<string> = new Set(['OPP', 'EDU', 'LAB', 'MED', 'REL']);
/** People who march and strike: crowds, and the trades and faiths whose members walk out ("nurses", "farmers", "clergy"). */
export const PROTESTING_ROLES: ReadonlySet<string> = new Set([...CROWD_ROLES, 'REL', 'MED', 'HLH', 'AGR', 'BUS']);
/** Codes in the country slot that name no state: international, multinational and non-governmental bodies. */
const NO_STATE_PREFIXES: ReadonlySet<string> = new Set(['IGO', 'IMG', 'NGO', 'NGM', 'MNC']);

/**
 * Whether a code's country slot names no state but an international, multinational or non-governmental body (IGOUNO,
 * IMG, NGO, NGM, MNC): the one list the rules, the side-chooser and the event filter read, so they agree on what has no
 * country to lend. `---` (no country known) is not one of them.
 */
export function isNonStateBody(code: string | undefined): boolean {
  return code !== undefined && NO_STATE_PREFIXES.has(code.slice(0, 3));
}

/** The role in an actor code ("MIL" in "SYRMIL"), or '' for a bare country or no code, so a set's `has` reads it directly. */
export function roleOf(code: string | undefined): string {
  return code?.slice(3, 6) ?? '';
}

/** A code of a country (or a body of countries) alone, with no role: "SYR", "IGO"; coded so for the place or the state as a whole. */
export function isBareCountry(code: string | undefined): code is string {
  return code?.length === 3;
}

/** Whether the three letters of a code's country slot name a state: not an international, multinational or aid body, nor `---`. */
export function isStateCountry(country: string | undefined): country is string {
  return country !== undefined && /^[A-Z]{3}$/.test(country) && !isNonStateBody(country);
}
