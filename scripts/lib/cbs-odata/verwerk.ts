// Core of `npm run data:cbs` (scripts/data-cbs.ts): metadata + figures of one CBS table → long facts,
// through the same parser and validation as a user's import (src/lib/import).
import type { GemeenteInfo, ImportResultaat, KolomKoppeling, ParsedFact } from '../../../src/lib/import/typen.ts';
import { parseODataRijen, statusUitPerioden, zonderAchtervoegsel, type DataProperty } from '../../../src/lib/import/odata.ts';
import { GEMEENTE_CODE } from '../../../src/lib/import/gemeenten.ts';
import type { ODataBron } from './bron.ts';
import type { TabelConfig } from './tabellen.ts';
import { citeer } from '../../../src/lib/model/csvVeld.ts';

export interface TabelResultaat {
  config: TabelConfig;
  resultaat: ImportResultaat<ParsedFact>;
  urls: string[];
  /** Problems with the table's structure (expected topic or category not found). */
  meldingen: string[];
}

const DIMENSIE = new Set(['Dimension', 'GeoDimension', 'TimeDimension']);

export async function verwerkTabel(bron: ODataBron, config: TabelConfig, gemeenten: GemeenteInfo[]): Promise<TabelResultaat> {
  const { id } = config;
  const urls: string[] = [];
  const meldingen: string[] = [];
  const haal = (entiteit: string, filter?: string) => {
    urls.push(bron.url(id, entiteit, filter));
    return bron.haal(id, entiteit, filter);
  };

  const props = (await haal('DataProperties')) as unknown as DataProperty[];
  const dims = props.filter((p) => DIMENSIE.has(p.Type));
  const regioDim = dims.find((p) => p.Type === 'GeoDimension') ?? dims.find((p) => /^(RegioS|WijkenEnBuurten)$/.test(p.Key));
  const tijdDim = dims.find((p) => p.Type === 'TimeDimension');
  const extraDims = dims.filter((p) => p !== regioDim && p !== tijdDim);
  if (!regioDim) throw new Error(`${id}: geen regiodimensie in DataProperties`);

  // Topics: matched on the stable part of the key or on the title, never on the numeric suffix.
  const koppeling: KolomKoppeling = {};
  const onderwerpen = props.filter((p) => p.Type === 'Topic');
  for (const o of config.onderwerpen) {
    const p = onderwerpen.find((x) => zonderAchtervoegsel(x.Key) === o.stam || (o.titel && x.Title === o.titel));
    if (p) koppeling[p.Key] = o.indicator;
    else meldingen.push(`${id}: onderwerp '${o.stam}' niet gevonden in DataProperties; indicator '${o.indicator}' overgeslagen`);
  }

  // Extra category dimension (e.g. taakveld): pick categories by title; each becomes its own indicator.
  if (extraDims.length > 1) throw new Error(`${id}: meer dan één extra dimensie (${extraDims.map((d) => d.Key).join(', ')}); niet ondersteund`);
  const dim = extraDims[0];
  if (dim) {
    const codes = (await haal(dim.Key)) as { Key: string; Title: string }[];
    const gekozen: { code: string; achtervoegsel: string }[] = [];
    for (const c of config.categorieen ?? []) {
      const treffer = codes.find((x) => c.titel.test(String(x.Title).trim()));
      if (treffer) gekozen.push({ code: String(treffer.Key).trim(), achtervoegsel: c.achtervoegsel });
      else
        meldingen.push(
          `${id}: categorie ${c.titel} niet gevonden in dimensie '${dim.Key}' (beschikbaar: ${codes.slice(0, 8).map((x) => `'${String(x.Title).trim()}'`).join(', ')}${codes.length > 8 ? ', …' : ''})`,
        );
    }
    // Replace plain topic mappings by topic|category mappings.
    for (const [sleutel, indicator] of Object.entries(koppeling)) {
      delete koppeling[sleutel];
      for (const g of gekozen) koppeling[`${sleutel}|${g.code}`] = `${indicator}__${g.achtervoegsel}`;
    }
  }

  const periodeStatus = tijdDim ? statusUitPerioden((await haal(tijdDim.Key)) as { Key: string; Status?: string }[]) : undefined;

  // Gemeenten: the project's list (with dissolved ones and their successors) plus any GM code that
  // only the CBS list knows (a newer indeling), named as CBS names it.
  const regioLijst = (await haal(regioDim.Key)) as { Key: string; Title: string }[];
  const bekend = new Set(gemeenten.map((g) => g.code));
  const extra: GemeenteInfo[] = [];
  for (const r of regioLijst) {
    const code = String(r.Key).trim();
    if (GEMEENTE_CODE.test(code) && !bekend.has(code)) extra.push({ code, naam: String(r.Title).trim() });
  }
  if (extra.length) meldingen.push(`${id}: ${extra.length} gemeentecode(s) alleen in de CBS-regiolijst, overgenomen: ${extra.slice(0, 5).map((g) => `${g.code} ${g.naam}`).join(', ')}${extra.length > 5 ? ', …' : ''}`);

  const rijen = await haal('TypedDataSet', config.filter);
  const resultaat = parseODataRijen(rijen, {
    bestand: `${id}/TypedDataSet`,
    bron: bron.soort === 'fixtures' ? `testfixture-${id}` : config.bron,
    gemeenten: [...gemeenten, ...extra],
    koppeling,
    periodeStatus,
    vastePeriode: tijdDim ? undefined : config.vastePeriode,
    vasteStatus: config.vasteStatus,
    vasteNoot: [bron.soort === 'fixtures' ? 'VERZONNEN TESTCIJFER (fixture)' : '', config.noot ?? ''].filter(Boolean).join('; ') || undefined,
    dimensies: dim ? [dim.Key] : undefined,
  });
  return { config, resultaat, urls, meldingen };
}

/** RFC 4180 cell for the project's data files (`;`, decimal point, empty = missing). */
function cel(w: string | number | null): string {
  return citeer(w === null ? '' : String(w));
}

/** Facts → the project's long format, sorted by key so reruns give stable diffs. */
export function naarLangCsv(feiten: ParsedFact[]): string {
  const kop = 'regio_code;periode;indicator;waarde;status;bron;noot';
  const gesorteerd = [...feiten].sort((a, b) => (a.regio_code + a.periode + a.indicator < b.regio_code + b.periode + b.indicator ? -1 : 1));
  return [kop, ...gesorteerd.map((f) => [f.regio_code, f.periode, f.indicator, f.waarde, f.status, f.bron, f.noot].map(cel).join(';'))].join('\n') + '\n';
}
