// CBS StatLine CSV downloads: a title line, a header with "Regio's" and "Perioden", sometimes a unit
// line, data rows with names and labels ("Deventer", "2023 1e halfjaar*"), and a source line below.
import type { ImportResultaat, ParseOpties, ParsedFact } from './typen.ts';
import { FeitenVerzamelaar, slug, Verwerker } from './verzamelaar.ts';
import { leesPeriodeLabel, type PeriodeTreffer } from './perioden.ts';
import { kort } from './detectie.ts';
import { melding } from './melding.ts';

export interface StatlineOpties extends ParseOpties {
  /** Extra dimension columns besides Regio's and Perioden (e.g. "Taakvelden"); their value becomes part of the indicator. */
  dimensies?: string[];
}

const REGIO_KOP = /^regio'?s?$|^regio's$|^gemeente(n)?$/i;
const PERIODE_KOP = /^perioden?$/i;
/** Named in a rejected header: the two dimension columns, then the measure columns. */
const VERWACHT = ["Regio's", 'Perioden'];
const MAX_KOPZOEK = 30;
const VOETREGEL = /^(bron|centraal bureau|cbs|©|\(c\)|toelichting|verklaring|\*|gewijzigd|opgevraagd|status)/i;

const GEEN: string[] = [];

function isLeeg(velden: string[]): boolean {
  return velden.every((v) => v.trim() === '');
}

export class StatlineVerwerker extends Verwerker<ParsedFact, FeitenVerzamelaar> {
  private fase: 'kop' | 'eenheid' | 'data' = 'kop';
  private koppen: string[] = [];
  private regioKol = -1;
  private periodeKol = -1;
  private dimKol: number[] = [];
  private maatKol: number[] = [];
  private titels: string[] = [];
  private eenheden: string[] = [];
  private periodeCache = new Map<string, PeriodeTreffer | null>();
  private indicatorCache = new Map<string, string>();
  private bron: string | null = null;
  private indicatorPerKolom: (string | undefined)[] = [];

  constructor(private opties: StatlineOpties) {
    super(new FeitenVerzamelaar(opties, 'statline'));
  }

  rij(velden: string[], rijNr: number): void {
    if (this.v.gestopt) return;
    if (isLeeg(velden)) return;
    if (this.fase === 'kop') return this.zoekKop(velden, rijNr);
    const gevuld = velden.filter((x) => x.trim() !== '').length;
    if (this.fase === 'eenheid') {
      this.fase = 'data';
      // A unit row: dimension cells empty, measure cells filled ("%", "aantal", "x 1 000 euro").
      if (velden[this.regioKol]?.trim() === '' && velden[this.periodeKol]?.trim() === '' && gevuld > 0) {
        this.eenheden = velden.map((x) => x.trim());
        return;
      }
    }
    // Source/footer line ("Bron: CBS", "Centraal Bureau voor de Statistiek …"): skipped. Anything
    // else with a single cell is skipped too, but said out loud.
    if (velden.length < this.koppen.length && gevuld <= 1) {
      const tekst = velden.find((x) => x.trim() !== '')?.trim() ?? '';
      if (!VOETREGEL.test(tekst)) this.v.waarschuw(melding('imp_m_een_cel', { tekst: kort(tekst, 40) }), rijNr);
      return;
    }
    this.v.gelezen++;
    if (velden.length !== this.koppen.length) {
      this.v.verkeerdAantal(rijNr, velden, this.koppen.length);
      return;
    }
    this.dataRij(velden, rijNr);
  }

  private zoekKop(velden: string[], rijNr: number): void {
    const k = velden.map((x) => x.trim());
    const r = k.findIndex((x) => REGIO_KOP.test(x));
    const p = k.findIndex((x) => PERIODE_KOP.test(x));
    if (r >= 0 && p >= 0) {
      this.koppen = k;
      this.regioKol = r;
      this.periodeKol = p;
      const dims = new Set((this.opties.dimensies ?? []).map((d) => d.toLowerCase()));
      k.forEach((kop, i) => {
        if (i === r || i === p) return;
        this.v.controleerHtml(rijNr, kop, kop);
        if (dims.has(kop.toLowerCase())) this.dimKol.push(i);
        else this.maatKol.push(i);
      });
      if (this.maatKol.length === 0) this.v.fataalKop(rijNr, null, melding('imp_m_geen_maatkolommen'), VERWACHT, true);
      this.fase = 'eenheid';
      return;
    }
    if (k.filter((x) => x !== '').length === 1) this.titels.push(k.find((x) => x !== '')!);
    if (rijNr >= MAX_KOPZOEK || (k.length > 1 && (r >= 0 || p >= 0))) {
      const mist = r < 0 ? "Regio's" : 'Perioden';
      const reden =
        k.length > 1 && (r >= 0 || p >= 0)
          ? melding('imp_m_kolom_niet_in_kop', { kolom: mist, gevonden: k.map((x) => `'${kort(x, 30)}'`).join(', ') })
          : melding('imp_m_geen_kop_statline_in', { aantal: MAX_KOPZOEK });
      this.v.fataalKop(rijNr, r >= 0 || p >= 0 ? mist : null, reden, VERWACHT, true);
    }
  }

  /** Indicator code for a measure column, optionally combined with extra dimension values. */
  private indicator(i: number, dimWaarden: string[]): string {
    const label = this.koppen[i];
    const eenheid = this.eenheden[i] ?? '';
    const kp = this.opties.koppeling ?? {};
    const metDim = dimWaarden.length ? `${label}|${dimWaarden.join('|')}` : null;
    if (metDim && kp[metDim]) return kp[metDim];
    const basis = kp[label] ?? (eenheid ? kp[`${label} (${eenheid})`] : undefined);
    let code = basis;
    if (!code) {
      code = slug(label);
      this.v.waarschuw(melding('imp_m_geen_indicatorcode', { code }), null, label);
    }
    const uit = dimWaarden.length ? `${code}__${dimWaarden.map(slug).join('__')}` : code;
    if (!this.v.indicatorInfo.has(uit) && this.v.indicatorInfo.size < 10_000)
      this.v.indicatorInfo.set(uit, { naam: dimWaarden.length ? `${label} (${dimWaarden.join(', ')})` : label, eenheid });
    return uit;
  }

  private dataRij(velden: string[], rijNr: number): void {
    const v = this.v;
    const regioKop = this.koppen[this.regioKol];
    const periodeKop = this.koppen[this.periodeKol];
    const regio = v.regio(velden[this.regioKol], rijNr, regioKop, 'naam');
    if (!regio) return;
    const pLabel = velden[this.periodeKol].trim();
    let periode = this.periodeCache.get(pLabel);
    if (periode === undefined) {
      periode = leesPeriodeLabel(pLabel);
      if (this.periodeCache.size < 100_000) this.periodeCache.set(pLabel, periode);
    }
    if (!periode) {
      v.afwijzen(rijNr, periodeKop, pLabel, melding('imp_m_onbekende_periode', { voorbeelden: '"2023", "2023 1e halfjaar*", "2022 2e kwartaal"' }));
      return;
    }
    const dimWaarden = this.dimKol.length ? this.dimKol.map((i) => velden[i].trim()) : GEEN;
    this.bron ??= this.titels.length ? `${v.bron} (${this.titels[0]})` : v.bron;
    for (const i of this.maatKol) {
      const kop = this.koppen[i];
      const waarde = v.getal(kop, velden[i], rijNr);
      if (waarde === undefined) {
        if (v.gestopt) return;
        continue;
      }
      let indicator = dimWaarden.length ? undefined : this.indicatorPerKolom[i];
      if (indicator === undefined) {
        const sleutel = `${i}|${dimWaarden.join('|')}`;
        indicator = this.indicatorCache.get(sleutel);
        if (indicator === undefined) {
          indicator = this.indicator(i, dimWaarden);
          if (this.indicatorCache.size < 10_000) this.indicatorCache.set(sleutel, indicator);
          if (!dimWaarden.length) this.indicatorPerKolom[i] = indicator;
        }
      }
      const f = v.feit(regio.code, periode.code, indicator, waarde, periode.status, regio.noot, periode.noot, waarde === null ? v.laatsteNoot : '', this.bron);
      v.voegToe(f, rijNr, kop);
    }
  }

  afronden(): ImportResultaat<ParsedFact> {
    if (this.fase === 'kop' && !this.v.gestopt)
      this.v.fataalKop(null, null, melding('imp_m_geen_kop_statline'), VERWACHT, true);
    return this.v.resultaat();
  }
}
