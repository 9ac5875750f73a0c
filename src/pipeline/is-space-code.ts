/**
 * Whether a UTF-16 unit is matched by `\s`: ECMAScript's white space and line terminators (Unicode Zs included). A
 * position past the end (NaN) is none of them. Tested by code so hot scans need no regular expression.
 */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
