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
