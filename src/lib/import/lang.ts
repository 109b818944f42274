// The project's own long format: regio_code;periode;indicator;waarde;status;bron;noot.
// Column order may vary; regio_code, periode, indicator and waarde are required.
import type { ImportResultaat, ParseOpties, ParsedFact, Status } from './typen.ts';
import { FeitenVerzamelaar, Verwerker } from './verzamelaar.ts';
import { isPeriodeCode } from './perioden.ts';
import { kort, NOOT_LEEG } from './detectie.ts';
import { melding } from './melding.ts';

const VERPLICHT = ['regio_code', 'periode', 'indicator', 'waarde'];
/** Every column the format knows, required ones first (named in a rejected header). */
const KOLOMMEN = [...VERPLICHT, 'status', 'bron', 'noot'];
const STATUSSEN: Status[] = ['definitief', 'voorlopig', 'onbekend'];
const INDICATOR = /^[A-Za-z][A-Za-z0-9_.-]{0,79}$/;

export class LangVerwerker extends Verwerker<ParsedFact, FeitenVerzamelaar> {
  private koppen: string[] | null = null;
  private kol: Record<string, number> = {};

  constructor(private opties: ParseOpties) {
    super(new FeitenVerzamelaar(opties, 'lang'));
  }

  rij(velden: string[], rijNr: number): void {
    const v = this.v;
    if (v.gestopt || velden.every((x) => x.trim() === '')) return;
    if (!this.koppen) {
      this.koppen = velden.map((x) => x.trim().toLowerCase());
      this.koppen.forEach((k, i) => (this.kol[k] = i));
      const mist = VERPLICHT.filter((k) => !(k in this.kol));
      if (mist.length)
        v.fataalKop(rijNr, mist[0], melding('imp_m_verplichte_kolom', { kolom: mist.join("', '"), kop: this.koppen.map((k) => `'${kort(k, 30)}'`).join(', ') }), KOLOMMEN);
      if (!('status' in this.kol)) v.waarschuw(melding('imp_m_geen_status'));
      return;
    }
    v.gelezen++;
    if (velden.length !== this.koppen.length) {
      v.verkeerdAantal(rijNr, velden, this.koppen.length);
      return;
    }
    const cel = (k: string) => (k in this.kol ? velden[this.kol[k]].trim() : '');
    const regio = v.regio(cel('regio_code'), rijNr, 'regio_code', 'code');
    if (!regio) return;
    const periode = cel('periode');
    if (!isPeriodeCode(periode)) return v.afwijzen(rijNr, 'periode', periode, melding('imp_m_onbekende_periodecode', { voorbeelden: '2019JJ00, 2017HJ01, 2020KW01, 2021MM03' }));
    const indicator = cel('indicator');
    if (!INDICATOR.test(indicator)) {
      v.controleerHtml(rijNr, 'indicator', indicator);
      return v.afwijzen(rijNr, 'indicator', indicator, melding('imp_m_indicatorcode'));
    }
    let status: Status = 'onbekend';
    if ('status' in this.kol) {
      const s = cel('status').toLowerCase();
      if (!STATUSSEN.includes(s as Status)) return v.afwijzen(rijNr, 'status', cel('status'), melding('imp_m_status_waarde'));
      status = s as Status;
    }
    const waarde = v.getal('waarde', velden[this.kol['waarde']], rijNr);
    if (waarde === undefined) return;
    const bron = cel('bron');
    const noot = cel('noot');
    if (bron) v.controleerHtml(rijNr, 'bron', bron);
    if (noot) v.controleerHtml(rijNr, 'noot', noot);
    // A noot already in the file is kept; our own remarks are appended. The file's own bron is kept
    // behind the import mark, so the figure still reads as the user's import everywhere.
    v.voegToe(v.feit(regio.code, periode, indicator, waarde, status, noot, regio.noot, waarde === null && v.laatsteNoot !== NOOT_LEEG ? v.laatsteNoot : '', bron ? `${v.bron} — ${bron}` : v.bron), rijNr, 'waarde');
  }

  afronden(): ImportResultaat<ParsedFact> {
    if (!this.koppen && !this.v.gestopt) this.v.fataal(null, null, null, melding('imp_m_leeg_bestand'));
    return this.v.resultaat();
  }
}
