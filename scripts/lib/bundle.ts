/**
 * Van gevalideerde dataset naar de bestanden in public/data/ — puur (geen bestandssysteem),
 * zodat tests de uitvoer direct kunnen bekijken.
 *
 * Alles deterministisch gesorteerd; dataVersion is een hash van de inhoud, dus gelijk zolang
 * de inhoud gelijk is (builtAt telt niet mee).
 */
import { createHash } from 'node:crypto';
import { schrijfCsv } from './csv.ts';
import { KOLOMMEN, type Dataset, type Vlag } from './schema.ts';
import type { Manifest } from '../../src/lib/db/bundel.ts';

export interface BundelBestand {
  naam: string;
  inhoud: string;
  rijen: number;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function maakBundel(dataset: Dataset, vlaggen: Vlag[], builtAt: Date): { bestanden: BundelBestand[]; manifest: Manifest } {
  const regios = [...dataset.regios].sort((a, b) => cmp(a.code, b.code));
  const feiten = [...dataset.feiten].sort(
    (a, b) => cmp(a.regio_code, b.regio_code) || cmp(a.indicator, b.indicator) || cmp(a.periode, b.periode),
  );
  const indicatoren = [...dataset.indicatoren].sort((a, b) => cmp(a.code, b.code));
  const bronnen = [...dataset.bronnen].sort((a, b) => cmp(a.id, b.id));
  const refs = [...dataset.referentiesets].sort((a, b) => cmp(a.focus_code, b.focus_code) || a.volgorde - b.volgorde);

  const bestanden: BundelBestand[] = [
    { naam: 'regios.csv', inhoud: schrijfCsv(KOLOMMEN.regios, regios), rijen: regios.length },
    { naam: 'feiten.csv', inhoud: schrijfCsv(KOLOMMEN.feiten, feiten), rijen: feiten.length },
    { naam: 'indicatoren.csv', inhoud: schrijfCsv(KOLOMMEN.indicatoren, indicatoren), rijen: indicatoren.length },
    { naam: 'bronnen.csv', inhoud: schrijfCsv(KOLOMMEN.bronnen, bronnen), rijen: bronnen.length },
    { naam: 'referentiesets.csv', inhoud: schrijfCsv(KOLOMMEN.referentiesets, refs), rijen: refs.length },
    { naam: 'vlaggen.csv', inhoud: schrijfCsv(KOLOMMEN.vlaggen, vlaggen), rijen: vlaggen.length },
  ];
  const files = bestanden.map((b) => ({
    name: b.naam,
    bytes: Buffer.byteLength(b.inhoud, 'utf8'),
    sha256: sha256(b.inhoud),
    rows: b.rijen,
  }));
  const dataVersion = sha256(files.map((f) => `${f.name}:${f.sha256}`).join('\n')).slice(0, 12);
  return { bestanden, manifest: { dataVersion, builtAt: builtAt.toISOString(), files } };
}
