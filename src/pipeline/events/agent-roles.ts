/**
 * CAMEO agent roles (the three letters after an actor code's country) that several event rules read the same way. One
 * list each, so a rule that repairs a code by who acts and a rule that adds an implied event agree on who is who.
 */

/** State forces: soldiers, police, spies and the government that commands them. */
export const STATE_FORCE_ROLES: ReadonlySet<string> = new Set(['MIL', 'COP', 'GOV', 'SPY']);
/** Crowds: the opposition's supporters, civilians, students and workers, as a protest's people are coded. */
export const CROWD_ROLES: ReadonlySet<string> = new Set(['OPP', 'CVL', 'EDU', 'LAB']);
/** Armed men of no state: rebels, gunmen and insurgents. */
export const IRREGULAR_ROLES: ReadonlySet<string> = new Set(['REB', 'UAF', 'INS']);
/** The state's side of a protest or an arrest: its government, forces, police, spies, courts and legislature. */
export const STATE_SIDE_ROLES: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);
/** People who march and strike: crowds, and the trades and faiths whose members walk out ("nurses", "farmers", "clergy"). */
export const PROTESTING_ROLES: ReadonlySet<string> = new Set([...CROWD_ROLES, 'REL', 'MED', 'HLH', 'AGR', 'BUS']);
/** Codes in the country slot that name no state: international, multinational and non-governmental bodies. */
export const NO_STATE_PREFIXES: ReadonlySet<string> = new Set(['IGO', 'IMG', 'NGO', 'NGM']);
