/**
 * A user's own case files in the contract format (docs/casusdata.md): one file per table, `;` or
 * `,`, decimal comma or point (detected per file: the majority form wins, rows in the other form
 * are rejected with a reason, never converted silently), dates YYYY-MM-DD or DD-MM-YYYY.
 * Pure: text in, validated rows + rejected rows (file, row, column, value, reason) out. The
 * rows are then written as canonical contract CSV for DuckDB; nothing leaves the browser.
 */
import Papa from 'papaparse';
import { KOLOMMEN, type Casus, type Episode, type Kosten, type Tabel } from './contract.ts';
import { valideerCasus, valideerEpisode, valideerKosten, type Fout } from './valideer.ts';

export type CasusTabelNaam = Exclude<Tabel, 'dataset'>;

export interface EigenBestand {
  naam: string;
  tekst: string;
}

export interface EigenResultaat {
  casus: Casus[];
  episodes: Episode[];
  kosten: Kosten[];
  afgewezen: Fout[];
  /** per file: which table it was read as, delimiter and decimal separator */
  bestanden: { naam: string; tabel: CasusTabelNaam | null; scheiding: ';' | ','; decimaal: ',' | '.'; rijen: number }[];
}

/** Which contract table a header belongs to (null = none). */
export function herkenTabel(koppen: string[]): CasusTabelNaam | null {
  const heeft = (t: CasusTabelNaam) => KOLOMMEN[t].filter((k) => k !== 'geslacht' && k !== 'geboortejaar').every((k) => koppen.includes(k));
  if (koppen.includes('bedrag_eur') && heeft('kosten')) return 'kosten';
  if (koppen.includes('toestand') && heeft('episode')) return 'episode';
  if (heeft('casus')) return 'casus';
  return null;
}

/** Decimal separator of a file's amounts: the majority form; ties and no decimals → '.'. */
export function herkenDecimaal(waarden: string[]): ',' | '.' {
  let komma = 0;
  let punt = 0;
  for (const w of waarden) {
    if (/^-?\d+,\d{1,2}$/.test(w.trim())) komma++;
    else if (/^-?\d+\.\d{1,2}$/.test(w.trim())) punt++;
  }
  return komma > punt ? ',' : '.';
}

export function leesEigenBestanden(bestanden: EigenBestand[]): EigenResultaat {
  const uit: EigenResultaat = { casus: [], episodes: [], kosten: [], afgewezen: [], bestanden: [] };
  // where each accepted episode/kosten row came from, to name it if it is rejected later
  const plekE: { bestand: string; rij: number }[] = [];
  const plekK: { bestand: string; rij: number }[] = [];
  for (const b of bestanden) {
    const tekst = b.tekst.replace(/^\uFEFF/, '');
    const kop = tekst.slice(0, tekst.search(/\r?\n|$/));
    const scheiding: ';' | ',' = (kop.match(/;/g)?.length ?? 0) >= (kop.match(/,/g)?.length ?? 0) ? ';' : ',';
    const p = Papa.parse<Record<string, string>>(tekst, { header: true, delimiter: scheiding, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase() });
    const koppen = p.meta.fields ?? [];
    const tabel = herkenTabel(koppen);
    const decimaal = tabel === 'kosten' ? herkenDecimaal(p.data.map((r) => r.bedrag_eur ?? '')) : '.';
    uit.bestanden.push({ naam: b.naam, tabel, scheiding, decimaal, rijen: p.data.length });
    if (!tabel) {
      uit.afgewezen.push({ bestand: b.naam, rij: 0, kolom: '(kopregel)', waarde: kop.slice(0, 120), melding: 'de kolommen passen niet bij casus, episode of kosten uit het casusdata-contract' });
      continue;
    }
    for (const e of p.errors) {
      if (e.row != null) uit.afgewezen.push({ bestand: b.naam, rij: e.row + 1, kolom: '(rij)', waarde: '', melding: `CSV-fout: ${e.message}` });
    }
    const fout = new Set(p.errors.map((e) => e.row));
    p.data.forEach((r, i) => {
      if (fout.has(i)) return;
      const o = { bestand: b.naam, decimaal };
      const v = tabel === 'casus' ? valideerCasus(r, i + 1, o) : tabel === 'episode' ? valideerEpisode(r, i + 1, o) : valideerKosten(r, i + 1, o);
      if (!v.ok) uit.afgewezen.push(...v.fouten);
      else if (tabel === 'casus') uit.casus.push(v.rij as Casus);
      else if (tabel === 'episode') {
        uit.episodes.push(v.rij as Episode);
        plekE.push({ bestand: b.naam, rij: i + 1 });
      } else {
        uit.kosten.push(v.rij as Kosten);
        plekK.push({ bestand: b.naam, rij: i + 1 });
      }
    });
  }
  // rows of unknown cases cannot be placed: reject them by name instead of dropping them
  const ids = new Set(uit.casus.map((c) => c.casus_id));
  const dubbel = new Set<string>();
  const gezien = new Set<string>();
  for (const c of uit.casus) (gezien.has(c.casus_id) ? dubbel : gezien).add(c.casus_id);
  if (dubbel.size) {
    uit.afgewezen.push(...[...dubbel].map((id) => ({ rij: 0, kolom: 'casus_id', waarde: id, melding: `casus_id '${id}' komt meer dan eens voor in het casusbestand` })));
    uit.casus = uit.casus.filter((c) => !dubbel.has(c.casus_id));
  }
  const houd = <T extends { casus_id: string }>(rijen: T[], plek: { bestand: string; rij: number }[]): T[] =>
    rijen.filter((r, i) => {
      if (ids.has(r.casus_id) && !dubbel.has(r.casus_id)) return true;
      uit.afgewezen.push({ ...plek[i], kolom: 'casus_id', waarde: r.casus_id, melding: `casus_id '${r.casus_id}' staat niet (eenmalig) in het casusbestand` });
      return false;
    });
  uit.episodes = houd(uit.episodes, plekE);
  uit.kosten = houd(uit.kosten, plekK);
  return uit;
}

/** Rejected rows as a downloadable CSV (`;`, Dutch headers). */
export function afgewezenCsv(fouten: Fout[]): string {
  const q = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return ['bestand;rij;kolom;waarde;reden', ...fouten.map((f) => [f.bestand ?? '', String(f.rij), f.kolom, f.waarde, f.melding].map(q).join(';'))].join('\n') + '\n';
}
