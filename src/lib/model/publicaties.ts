/**
 * The publication catalogue (data/bronnen.csv), bundled with the app, so the case views (which
 * run on their own DuckDB or none) cite a document by what it says about itself (title, authors,
 * commissioner, year) without waiting for the main database. Line numbers in a seed's text version
 * are for checking, not citing: they go to the frame's "Regelnummers" toggle.
 */
import Papa from 'papaparse';
import bronnenCsv from '../../../data/bronnen.csv?raw';
import type { BronRij } from './bron.ts';

const rijen = Papa.parse<BronRij>(bronnenCsv.replace(/^\uFEFF/, ''), { header: true, delimiter: ';', skipEmptyLines: true }).data;

export const PUBLICATIES: ReadonlyMap<string, BronRij> = new Map(rijen.map((r) => [r.id, r]));

/** The citation of a catalogue entry; an unknown id is an error in our own code, not user input. */
export function publicatie(id: string): BronRij {
  const p = PUBLICATIES.get(id);
  if (!p) throw new Error(`Bron '${id}' staat niet in data/bronnen.csv`);
  return p;
}

/** Where in a catalogue document: "001_825890019b7aede4.txt, r. 475–485". */
export function vindplaats(id: string, regels: string): string {
  return `${publicatie(id).document ?? id}, r. ${regels.replace(/(\d)-(\d)/g, '$1–$2')}`;
}

/**
 * A case dataset's `bron` (data/casus/datasets.csv) as a frame shows it. A bron that starts with
 * a catalogue id ("seed-001 L475-485 (totalen) …") is cited by the publication, its line
 * references become the details; any other bron (synthetic, a user's own file) is shown as it is.
 */
export function casusBron(bron: string): { citatie: string; details: string } {
  const m = /^(\S+)\s+(.+)$/s.exec(bron.trim());
  const p = m ? PUBLICATIES.get(m[1]) : undefined;
  if (!m || !p) return { citatie: bron, details: '' };
  // only the line references: the words around them in datasets.csv are Dutch notes for checkers
  const regels = [...m[2].matchAll(/L\d+(?:[-–]\d+)?/g)].map((r) => r[0].replace('-', '–'));
  return { citatie: p.citatie, details: `${p.document ?? p.id}: ${regels.join(', ')}` };
}
