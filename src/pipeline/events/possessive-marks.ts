/** The possessive endings the tokenizer splits off a name ("Chile's", "Chile’s"), one list for every rule that reads them. */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s']);

/** The bare apostrophe that follows a plural owner ("the soldiers' march", "the soldiers’ march"). */
export const PLURAL_POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'", '’']);
