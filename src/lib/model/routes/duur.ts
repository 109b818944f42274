/**
 * Dutch duration wording, as the sources write it: "1 jaar en 10 maanden", "2 jaar", "5 maanden".
 * One place for this text (stijl.md); views and charts import it from here.
 */
import { dagenTussen, heleMaandenTussen } from './datum.ts';

export interface JarenMaanden {
  jaren: number;
  maanden: number;
}

/** 22 → { jaren: 1, maanden: 10 }. Negative or non-finite input is an error, not a silent 0. */
export function splitsMaanden(totaalMaanden: number): JarenMaanden {
  if (!Number.isFinite(totaalMaanden) || totaalMaanden < 0) {
    throw new Error(`Ongeldige duur: ${totaalMaanden} maanden`);
  }
  const m = Math.round(totaalMaanden);
  return { jaren: Math.floor(m / 12), maanden: m % 12 };
}

/** "1 jaar en 10 maanden", "2 jaar", "1 maand", "0 maanden". "jaar" stays singular after a numeral, as in Dutch. */
export function formatDuur(d: JarenMaanden): string {
  const delen: string[] = [];
  if (d.jaren > 0) delen.push(`${d.jaren} jaar`);
  if (d.maanden > 0 || d.jaren === 0) delen.push(`${d.maanden} ${d.maanden === 1 ? 'maand' : 'maanden'}`);
  return delen.join(' en ');
}

export function formatDuurMaanden(totaalMaanden: number | null | undefined): string {
  if (totaalMaanden == null) return 'onbekend';
  return formatDuur(splitsMaanden(totaalMaanden));
}

/**
 * A duration in days, worded at the precision that matters for the thresholds: under 8 weeks in
 * weeks (the 6-week norm), under a month in days when less than a week, otherwise in calendar
 * months when both dates are known, else in 30.44-day months.
 */
export function formatDuurDagen(dagen: number, van?: string, tot?: string): string {
  if (!Number.isFinite(dagen) || dagen < 0) throw new Error(`Ongeldige duur: ${dagen} dagen`);
  if (dagen < 7) return `${dagen} ${dagen === 1 ? 'dag' : 'dagen'}`;
  if (dagen < 56) {
    const w = Math.floor(dagen / 7);
    return `${w} ${w === 1 ? 'week' : 'weken'}`;
  }
  const maanden = van && tot ? heleMaandenTussen(van, tot) : Math.floor(dagen / 30.4375);
  return formatDuurMaanden(maanden);
}

/** Duration between two ISO dates, in words. */
export function formatDuurTussen(van: string, tot: string): string {
  return formatDuurDagen(Math.max(0, dagenTussen(van, tot)), van, tot);
}

/** Parse the sources' wording back to months: "1 jaar en 10 maanden" → 22, "twee jaar" → 24. */
export function parseDuur(tekst: string): number | null {
  const woorden: Record<string, number> = { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11 };
  const t = tekst.toLowerCase().trim();
  const getal = (s: string): number | null => (/^\d+$/.test(s) ? Number(s) : (woorden[s] ?? null));
  const re = /(\d+|[a-zé]+)\s+(jaar|jaren|maand|maanden)/g;
  let totaal = 0;
  let gevonden = false;
  for (const m of t.matchAll(re)) {
    const n = getal(m[1]);
    if (n == null) continue;
    gevonden = true;
    totaal += m[2].startsWith('ja') ? n * 12 : n;
  }
  return gevonden ? totaal : null;
}
