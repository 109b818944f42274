/** Export text must be one line: collapse newlines and runs of whitespace. */
export function eenRegel(tekst: string): string {
  return tekst.replace(/[\s\u2028\u2029]+/g, ' ').trim();
}
