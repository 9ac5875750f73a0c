/** One built-in pattern as written: `[code, phrase, flags]` (see BUILTIN_PATTERNS for the notation). */
export type PatternRow = readonly [code: string, phrase: string, flags?: string];
