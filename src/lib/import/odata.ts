// CBS open data (OData v3) TypedDataSet as CSV or JSON. Codes are padded with spaces ("GM0150    "),
// periods are codes ("2023HJ01"), measure columns carry a numeric suffix ("…Jeugdzorg_88") that only
// the table's DataProperties explain — hence the KolomKoppeling step.
import type { ImportResultaat, KolomKoppeling, ParseOpties, ParsedFact, Status } from './typen.ts';
import { FeitenVerzamelaar, Verwerker } from './verzamelaar.ts';
import { isPeriodeCode } from './perioden.ts';
import { kort } from './detectie.ts';
import { melding } from './melding.ts';

export interface ODataOpties extends ParseOpties {
  /** Period code → status, from the table's Perioden code list (see `statusUitPerioden`). */
  periodeStatus?: Record<string, Status>;
  /** For tables without a Perioden dimension (Kerncijfers wijken en buurten): the period of the whole table. */
  vastePeriode?: string;
  /** Status for `vastePeriode`. */
  vasteStatus?: Status;
  /** Note added to every fact (e.g. the KWB period caveat). */
  vasteNoot?: string;
  /** Extra dimension columns (e.g. a cost category). Their code joins the koppeling key as `Kolom|CODE`. */
  dimensies?: string[];
}

const REGIO_SLEUTELS = ['RegioS', 'WijkenEnBuurten', 'Gemeenten', 'Regio', 'Gemeente', 'Codering'];
const OVERSLAAN = new Set(['ID']);
/** Named in a rejected header: the two dimension columns, then the measure columns. */
const VERWACHT = ['RegioS', 'Perioden'];

/** "PercentageJongerenMetJeugdzorg_88" → "PercentageJongerenMetJeugdzorg". */
export function zonderAchtervoegsel(sleutel: string): string {
  return sleutel.replace(/_\d+$/, '');
}

/** One entry of a table's DataProperties (OData v3). */
export interface DataProperty {
  Key: string;
  Type: string; // 'Dimension' | 'TimeDimension' | 'GeoDimension' | 'Topic' | 'TopicGroup' | 'GeoDetail'
  Title?: string;
  Unit?: string | null;
  Datatype?: string | null; // 'Double' | 'Long' | 'String' | …
}

/**
 * Builds column key → indicator code from DataProperties. `basis` maps the stable part of a key
 * (without suffix) or the Title to the project's indicator code; only those topics are kept, so a
 * renumbered column still lands on the same indicator. Without `basis` every numeric topic is kept
 * under its suffix-less key.
 */
export function koppelingUitDataProperties(props: DataProperty[], basis?: KolomKoppeling): KolomKoppeling {
  const k: KolomKoppeling = {};
  for (const p of props) {
    if (p.Type !== 'Topic') continue;
    if (p.Datatype === 'String') continue;
    const stam = zonderAchtervoegsel(p.Key);
    const code = basis ? (basis[p.Key] ?? basis[stam] ?? (p.Title ? basis[p.Title] : undefined)) : stam;
    if (code) k[p.Key] = code;
  }
  return k;
}

/** Perioden code list (`{Key, Title, Status}`) → code → status. CBS writes "Definitief", "Voorlopig", "Nader voorlopig". */
export function statusUitPerioden(lijst: { Key: string; Status?: string | null }[]): Record<string, Status> {
  const r: Record<string, Status> = {};
  for (const p of lijst) {
    const s = (p.Status ?? '').toLowerCase();
    r[p.Key.trim()] = s.includes('voorlopig') ? 'voorlopig' : s.includes('definitief') ? 'definitief' : 'onbekend';
  }
  return r;
}

export class ODataVerwerker extends Verwerker<ParsedFact, FeitenVerzamelaar> {
  private koppen: string[] | null = null;
  private regioKol = -1;
  private periodeKol = -1;
  private maat: { i: number; indicator: string }[] = [];
  private dimKol: number[] = [];
  private buitenKoppeling = 0;

  constructor(private opties: ODataOpties, formaat: 'odata-csv' | 'odata-json' = 'odata-csv') {
    super(new FeitenVerzamelaar(opties, formaat));
    if (opties.vastePeriode && !isPeriodeCode(opties.vastePeriode))
      this.v.fataal(null, null, opties.vastePeriode, melding('imp_m_vaste_periode'));
  }

  private kop(velden: string[], rijNr: number): void {
    const k = velden.map((x) => x.trim());
    this.koppen = k;
    this.regioKol = k.findIndex((x) => REGIO_SLEUTELS.includes(x));
    this.periodeKol = k.indexOf('Perioden');
    if (this.regioKol < 0) return this.v.fataalKop(rijNr, 'RegioS', melding('imp_m_regios_ontbreekt', { gevonden: k.slice(0, 8).map((x) => `'${kort(x, 30)}'`).join(', ') }), VERWACHT, true);
    if (this.periodeKol < 0 && !this.opties.vastePeriode)
      return this.v.fataalKop(rijNr, 'Perioden', melding('imp_m_perioden_ontbreekt'), VERWACHT, true);
    const kp = this.opties.koppeling;
    const genegeerd: string[] = [];
    k.forEach((sleutel, i) => {
      if (i === this.regioKol || i === this.periodeKol || OVERSLAAN.has(sleutel)) return;
      if (this.opties.dimensies?.includes(sleutel)) {
        this.dimKol.push(i);
        return;
      }
      if (kp && this.opties.dimensies?.length && Object.keys(kp).some((x) => x.startsWith(`${sleutel}|`))) {
        this.maat.push({ i, indicator: kp[sleutel] ?? '' });
      } else if (kp) {
        const code = kp[sleutel] ?? kp[zonderAchtervoegsel(sleutel)];
        if (code) this.maat.push({ i, indicator: code });
        else genegeerd.push(sleutel);
      } else {
        const code = zonderAchtervoegsel(sleutel);
        this.v.waarschuw(melding('imp_m_geen_koppeling', { code }), null, sleutel);
        this.maat.push({ i, indicator: code });
      }
    });
    if (genegeerd.length)
      this.v.waarschuw(melding('imp_m_niet_gekoppeld', { aantal: genegeerd.length, lijst: `${genegeerd.slice(0, 10).join(', ')}${genegeerd.length > 10 ? ', …' : ''}` }));
    if (this.maat.length === 0) this.v.fataal(rijNr, null, null, melding('imp_m_geen_maat_odata'));
  }

  rij(velden: string[], rijNr: number): void {
    if (this.v.gestopt) return;
    if (velden.every((x) => x.trim() === '')) return;
    if (!this.koppen) return this.kop(velden, rijNr);
    const v = this.v;
    v.gelezen++;
    if (velden.length !== this.koppen.length) {
      v.verkeerdAantal(rijNr, velden, this.koppen.length);
      return;
    }
    const regio = v.regio(velden[this.regioKol], rijNr, this.koppen[this.regioKol], 'code');
    if (!regio) return;
    let periode = this.opties.vastePeriode ?? '';
    let status: Status = this.opties.vasteStatus ?? 'onbekend';
    if (this.periodeKol >= 0) {
      periode = velden[this.periodeKol].trim();
      if (!isPeriodeCode(periode)) {
        v.afwijzen(rijNr, 'Perioden', periode, melding('imp_m_onbekende_periodecode', { voorbeelden: '2023JJ00, 2023HJ01, 2022KW02, 2021MM03' }));
        return;
      }
      status = this.opties.periodeStatus?.[periode] ?? 'onbekend';
    }
    if (status === 'onbekend' && !(this.periodeKol < 0 && this.opties.vasteStatus))
      v.waarschuw(melding('imp_m_status_onbekend', { periode }));
    const dimCodes = this.dimKol.map((i) => velden[i].trim());
    for (const m of this.maat) {
      const kop = this.koppen[m.i];
      let indicator = m.indicator;
      if (dimCodes.length) {
        // A measure split by category: `Kolom|CODE` in the koppeling, or `<indicator>__<code>` when only the column is mapped.
        const kp = this.opties.koppeling ?? {};
        const metDim = kp[`${kop}|${dimCodes.join('|')}`] ?? kp[`${zonderAchtervoegsel(kop)}|${dimCodes.join('|')}`];
        indicator = metDim ?? (m.indicator ? `${m.indicator}__${dimCodes.join('__').toLowerCase()}` : '');
        if (!indicator) {
          this.buitenKoppeling++;
          continue;
        }
      }
      const waarde = v.getal(kop, velden[m.i], rijNr);
      if (waarde === undefined) {
        if (v.gestopt) return;
        continue;
      }
      if (!v.indicatorInfo.has(indicator) && v.indicatorInfo.size < 10_000)
        v.indicatorInfo.set(indicator, { naam: dimCodes.length ? `${zonderAchtervoegsel(kop)} (${dimCodes.join(', ')})` : zonderAchtervoegsel(kop), eenheid: '' });
      v.voegToe(v.feit(regio.code, periode, indicator, waarde, status, this.opties.vasteNoot ?? '', regio.noot, waarde === null ? v.laatsteNoot : ''), rijNr, kop);
    }
  }

  afronden(): ImportResultaat<ParsedFact> {
    if (this.buitenKoppeling) this.v.waarschuw(melding('imp_m_buiten_koppeling', { aantal: this.buitenKoppeling }));
    return this.v.resultaat();
  }
}

/**
 * JSON TypedDataSet: `{"value":[…]}` (v3 JSON) or `{"d":{"results":[…]}}` (verbose). Rows are turned
 * into records in the key order of the first row and fed through the CSV path, so both behave alike.
 * Record numbers are 1-based positions in the array, plus 1 for the implicit header.
 */
export function parseODataJson(tekst: string, opties: ODataOpties): ImportResultaat<ParsedFact> {
  let rijen: unknown;
  try {
    const doc = JSON.parse(tekst) as { value?: unknown; d?: { results?: unknown } | unknown[] };
    rijen = doc.value ?? (Array.isArray(doc.d) ? doc.d : (doc.d as { results?: unknown } | undefined)?.results);
  } catch (e) {
    const v = new FeitenVerzamelaar(opties, 'odata-json');
    v.fataal(null, null, null, melding('imp_m_geen_json', { fout: (e as Error).message }));
    return v.resultaat();
  }
  if (!Array.isArray(rijen)) {
    const v = new FeitenVerzamelaar(opties, 'odata-json');
    v.fataal(null, null, null, melding('imp_m_json_lijst'));
    return v.resultaat();
  }
  return parseODataRijen(rijen as Record<string, unknown>[], opties);
}

/** Rows already parsed from JSON (scripts fetch them page by page). */
export function parseODataRijen(rijen: Record<string, unknown>[], opties: ODataOpties, w = new ODataVerwerker(opties, 'odata-json')): ImportResultaat<ParsedFact> {
  const eerste = rijen[0];
  if (!eerste) return w.afronden();
  const sleutels = Object.keys(eerste).filter((k) => k !== '__metadata');
  w.rij(sleutels, 1);
  rijen.forEach((r, i) => {
    const o = r as Record<string, unknown>;
    w.rij(sleutels.map((k) => (o[k] === null || o[k] === undefined ? '' : String(o[k]))), i + 2);
  });
  return w.afronden();
}
