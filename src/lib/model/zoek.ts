// Search over gemeente names: accent- and case-insensitive, prefix matches first.
export function normaliseer(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export interface Zoekbaar {
  code: string;
  naam: string;
}

/**
 * Names people use that are not the official name (normalised alias → gemeentecode). The official
 * names are 's-Gravenhage and 's-Hertogenbosch; accents need no alias (normaliseer drops them).
 */
export const ALIASSEN: Readonly<Record<string, string>> = {
  'den haag': 'GM0518',
  'the hague': 'GM0518',
  'den bosch': 'GM0796',
  's hertogenbosch': 'GM0796',
};

export function zoek<T extends Zoekbaar>(lijst: T[], term: string, max = 12): T[] {
  const q = normaliseer(term);
  if (!q) return lijst.slice(0, max);
  // an alias the user is typing ("den h") puts its gemeente first
  const alias = new Set(Object.entries(ALIASSEN).filter(([a]) => a.startsWith(q)).map(([, code]) => code));
  const begin: T[] = lijst.filter((item) => alias.has(item.code));
  const woord: T[] = [];
  const ergens: T[] = [];
  for (const item of lijst) {
    if (alias.has(item.code)) continue;
    const n = normaliseer(item.naam);
    if (n.startsWith(q) || item.code.toLowerCase() === q) begin.push(item);
    else if (n.includes(` ${q}`)) woord.push(item);
    else if (n.includes(q)) ergens.push(item);
  }
  return [...begin, ...woord, ...ergens].slice(0, max);
}
