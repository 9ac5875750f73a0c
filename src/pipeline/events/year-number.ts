/** "in 1998", "since 2014": a four-digit number read as a year of the last two centuries or this one, not a count. */
export function isYear(text: string): boolean {
  return /^(1[89]|20)\d\d$/.test(text);
}
