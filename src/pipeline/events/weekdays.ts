/** Lower-case weekday names: "on Tuesday" dates a wire report's act and names no one. */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
