/**
 * Kleine, afhankelijkheidsvrije CSV-lezer en -schrijver voor de eigen databestanden.
 *
 * Formaat (zie data/README.md): `;` als scheidingsteken, UTF-8 zonder BOM, kopregel,
 * RFC-4180-quotering ("..." met "" voor een aanhalingsteken) waar nodig, decimale PUNT.
 *
 * Waarom zelf geschreven: de validator moet per cel het *regelnummer in het bestand* kunnen
 * noemen, ook als een veld een regeleinde bevat. Dat is met een eigen lezer eenvoudig exact.
 */
import { citeer } from '../../src/lib/model/csvVeld.ts';

export interface CsvRij {
  /** Regelnummer (1-based) in het bestand waarop deze rij begint; de kopregel is regel 1. */
  regel: number;
  waarden: Record<string, string>;
}

export interface CsvTabel {
  bestand: string;
  kolommen: string[];
  rijen: CsvRij[];
}

export class CsvFormaatFout extends Error {
  constructor(
    public readonly bestand: string,
    public readonly regel: number,
    melding: string,
  ) {
    super(`${bestand}, regel ${regel}: ${melding}`);
    this.name = 'CsvFormaatFout';
  }
}

/** Splits tekst in records (arrays van velden) met het regelnummer waarop elk record begint. */
function records(tekst: string, bestand: string, sep: string): { regel: number; velden: string[] }[] {
  const uit: { regel: number; velden: string[] }[] = [];
  let velden: string[] = [];
  let veld = '';
  let inQuotes = false;
  let regel = 1;
  let startRegel = 1;
  let veldGequote = false;
  let i = 0;
  // Een BOM wordt genegeerd bij het lezen (we schrijven er nooit een).
  if (tekst.charCodeAt(0) === 0xfeff) i = 1;
  const einde = () => {
    velden.push(veld);
    // Volledig lege regels (één leeg, ongequote veld) slaan we over.
    if (!(velden.length === 1 && velden[0] === '' && !veldGequote)) uit.push({ regel: startRegel, velden });
    velden = [];
    veld = '';
    veldGequote = false;
  };
  for (; i < tekst.length; i++) {
    const c = tekst[i];
    if (inQuotes) {
      if (c === '"') {
        if (tekst[i + 1] === '"') {
          veld += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n') regel++;
        veld += c;
      }
      continue;
    }
    if (c === '"') {
      if (veld !== '') throw new CsvFormaatFout(bestand, regel, 'aanhalingsteken midden in een veld');
      inQuotes = true;
      veldGequote = true;
    } else if (c === sep) {
      velden.push(veld);
      veld = '';
      veldGequote = false;
    } else if (c === '\r') {
      // \r\n wordt als \n behandeld
    } else if (c === '\n') {
      einde();
      regel++;
      startRegel = regel;
    } else veld += c;
  }
  if (inQuotes) throw new CsvFormaatFout(bestand, startRegel, 'aanhalingsteken niet afgesloten');
  if (veld !== '' || velden.length > 0 || veldGequote) einde();
  return uit;
}

/** Leest een `;`-gescheiden tabel met kopregel. Te veel of te weinig velden is een fout. */
export function parseCsv(tekst: string, bestand: string, sep = ';'): CsvTabel {
  const recs = records(tekst, bestand, sep);
  if (recs.length === 0) throw new CsvFormaatFout(bestand, 1, 'bestand is leeg (kopregel ontbreekt)');
  const kolommen = recs[0].velden.map((k) => k.trim());
  const rijen: CsvRij[] = [];
  for (const r of recs.slice(1)) {
    if (r.velden.length !== kolommen.length) {
      throw new CsvFormaatFout(
        bestand,
        r.regel,
        `${r.velden.length} velden, verwacht ${kolommen.length} (${kolommen.join(';')})`,
      );
    }
    const waarden: Record<string, string> = {};
    kolommen.forEach((k, j) => (waarden[k] = r.velden[j]));
    rijen.push({ regel: r.regel, waarden });
  }
  return { bestand, kolommen, rijen };
}

/** Quoteert een veld alleen als dat nodig is (scheidingsteken, aanhalingsteken, regeleinde, randspatie). */
export function csvVeld(v: string | number | null | undefined, sep = ';'): string {
  if (v === null || v === undefined) return '';
  return citeer(typeof v === 'number' ? getalNaarTekst(v) : v, sep, { randSpaties: true });
}

/** Getal als tekst met decimale punt en zonder wetenschappelijke notatie of float-ruis. */
export function getalNaarTekst(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`geen eindig getal: ${n}`);
  // 12 significante cijfers ruimen float-ruis op (0.1+0.2) zonder echte cijfers te verliezen.
  const s = String(Number(n.toPrecision(12)));
  if (/e/i.test(s)) return Number(n.toPrecision(12)).toFixed(12).replace(/\.?0+$/, '');
  return s;
}

/** Schrijft rijen als CSV-tekst (kopregel + rijen, `\n`, afsluitende newline). */
export function schrijfCsv(
  kolommen: readonly string[],
  rijen: readonly object[],
  sep = ';',
): string {
  const regels = [kolommen.map((k) => csvVeld(k, sep)).join(sep)];
  for (const r of rijen) {
    const rec = r as Record<string, string | number | null | undefined>;
    regels.push(kolommen.map((k) => csvVeld(rec[k], sep)).join(sep));
  }
  return regels.join('\n') + '\n';
}
