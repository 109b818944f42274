// Source lines ("Bron: … · periode · status") built from the facts a chart actually shows, so the
// citation can never drift from the numbers.
import { formatPeriode } from '../i18n/format';
import type { Taal } from '../i18n/taal';
import { tekst } from '../i18n/teksten';

export interface BronRij {
  id: string;
  titel: string;
  uitgever: string;
  jaar: string;
  tabel_id: string | null;
  document: string | null;
  regels: string | null;
  licentie: string | null;
  citatie: string;
}

/** Fact sources are "bron-id" or "bron-id:L1409" (a line in a seed document). */
export function leesBronVerwijzing(bron: string): { id: string; regel: number | null } {
  const m = /^(.+?):L(\d+)(?:[–-]L?\d+)?$/.exec(bron.trim());
  return m ? { id: m[1], regel: Number(m[2]) } : { id: bron.trim(), regel: null };
}

/** "1409, 1411, 1413–1421" — consecutive odd/even table lines are not merged; only true runs are. */
export function regelsTekst(regels: number[]): string {
  const u = [...new Set(regels)].sort((a, b) => a - b);
  const delen: string[] = [];
  for (let i = 0; i < u.length; i++) {
    let j = i;
    while (j + 1 < u.length && u[j + 1] === u[j] + 1) j++;
    delen.push(j > i ? `${u[i]}–${u[j]}` : String(u[i]));
    i = j;
  }
  return delen.join(', ');
}

const EIGEN_IMPORT = /^\s*eigen import:/i;

/** Facts a user imported carry `eigen import: <bestand> (<tijd>)` as bron (src/lib/db/eigenData.ts). */
export function isEigenImport(bron: string | null | undefined): boolean {
  return !!bron && EIGEN_IMPORT.test(bron);
}

export interface GetoondFeit {
  bron: string | null;
  periode: string | null;
  status: string | null;
}

export function bronregel(
  feiten: GetoondFeit[],
  bronnen: Map<string, BronRij>,
  opties: { taal?: Taal; bewerking?: boolean } = {},
): string {
  const taal = opties.taal ?? 'nl';
  const perBron = new Map<string, number[]>();
  const perioden = new Set<string>();
  const statussen = new Set<string>();
  const eigen = new Set<string>();
  for (const f of feiten) {
    if (!f.bron) continue;
    // A user's own import is not in the catalogue: its bron text itself is the citation.
    if (isEigenImport(f.bron)) {
      eigen.add(f.bron.trim());
      if (f.periode) perioden.add(f.periode);
      if (f.status) statussen.add(f.status);
      continue;
    }
    const { id, regel } = leesBronVerwijzing(f.bron);
    if (!bronnen.has(id)) continue; // derived rows ("bewerking") have no catalogue entry
    const lijst = perBron.get(id) ?? [];
    if (regel !== null) lijst.push(regel);
    perBron.set(id, lijst);
    if (f.periode) perioden.add(f.periode);
    if (f.status) statussen.add(f.status);
  }
  // Line numbers in a seed's text version are for checking, not for citing: regelVerwijzing() gives them.
  const delen = [...perBron.keys()].map((id) => {
    const b = bronnen.get(id)!;
    let s = (b.citatie || `${b.uitgever}, ${b.titel}`).replace(/^(Bron|Source):\s*/i, '');
    if (b.tabel_id && !s.includes(b.tabel_id)) s += ` (${b.tabel_id})`;
    return s;
  });
  for (const e of [...eigen].sort()) delen.push(e.replace(EIGEN_IMPORT, tekst(taal, 'bron_eigen_import'))); // always written lowercase, so nl is unchanged
  const periodeTekst = [...perioden].sort().map((p) => formatPeriode(p, taal)).join(', ');
  const statusTekst = [...statussen].sort().map((s) => statusWoord(s, taal)).join(' / ');
  const bewerking = opties.bewerking ? tekst(taal, 'bron_bewerking_jeugdzorg_verkenner') : '';
  const kop = tekst(taal, 'bron_bron');
  const statusKop = tekst(taal, 'bron_status');
  return `${kop}: ${delen.join('; ') || '–'} · ${periodeTekst || '–'} · ${statusKop} ${statusTekst || tekst(taal, 'bron_status_onbekend')}${bewerking}`;
}

/** A figure's status (definitief / voorlopig / onbekend, as in the data) in the UI language. */
export function statusWoord(status: string, taal: Taal): string {
  return status === 'definitief' || status === 'voorlopig' || status === 'onbekend' ? tekst(taal, `bron_status_${status}`) : status;
}

/**
 * Where each shown figure stands in the text version of its source document, for the frame's
 * details toggle ("Regelnummers: 003_….txt r. 1409, 1415"); '' when no figure carries a line.
 */
export function regelVerwijzing(feiten: GetoondFeit[], bronnen: Map<string, BronRij>, taal: Taal = 'nl'): string {
  const perBron = new Map<string, number[]>();
  for (const f of feiten) {
    if (!f.bron || isEigenImport(f.bron)) continue;
    const { id, regel } = leesBronVerwijzing(f.bron);
    if (regel === null || !bronnen.has(id)) continue;
    perBron.set(id, [...(perBron.get(id) ?? []), regel]);
  }
  return [...perBron]
    .map(([id, regels]) => `${bronnen.get(id)!.document ?? id}, ${tekst(taal, 'bron_r')} ${regelsTekst(regels)}`)
    .join('; ');
}
