// Search over gemeente names: accent- and case-insensitive, prefix matches first.
export function normaliseer(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export interface Zoekbaar {
  code: string;
  naam: string;
}

export function zoek<T extends Zoekbaar>(lijst: T[], term: string, max = 12): T[] {
  const q = normaliseer(term);
  if (!q) return lijst.slice(0, max);
  const begin: T[] = [];
  const woord: T[] = [];
  const ergens: T[] = [];
  for (const item of lijst) {
    const n = normaliseer(item.naam);
    if (n.startsWith(q) || item.code.toLowerCase() === q) begin.push(item);
    else if (n.includes(` ${q}`)) woord.push(item);
    else if (n.includes(q)) ergens.push(item);
  }
  return [...begin, ...woord, ...ergens].slice(0, max);
}
