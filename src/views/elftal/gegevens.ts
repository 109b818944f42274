// Glue between the fact rows (src/lib/db/sql/elftal.ts), the typed amounts and the elftal model:
// which posts a gemeente has, and the chart frame's meta (title states the finding, table = the
// same numbers). Texts come from the t() dictionary.
import { LINIES, type Linie } from '../../lib/model/elftal/taakvelden';
import { postenUitFeiten, type Post, type Verdeling } from '../../lib/model/elftal/verdeling';
import type { ElftalFeitRij } from '../../lib/db/sql/elftal';
import { formatDatum, formatEuro, formatPercentage, formatPeriode } from '../../lib/i18n/format';
import { app, t } from '../../lib/state/app.svelte';
import { statusWoord } from '../../lib/model/bron';
import type { GrafiekMeta } from '../../lib/charts/types';
import type { TekstSleutel } from '../../lib/i18n/teksten';
import type { Groep, Raadsvraag, ThuiszitterMaten } from '../../lib/model/elftal/raadsvragen';
import { aandeelTekst, aantalTekst } from '../../lib/model/routes/aantal';
import { dagenNaarMaanden, definitieTekst, duurTekst } from '../../lib/model/routes/labels';

export const LINIE_SLEUTEL: Record<Linie, TekstSleutel> = { aanval: 'elftal_aanval', middenveld: 'elftal_middenveld', verdediging: 'elftal_verdediging' };
export const GROEP_SLEUTEL: Record<Groep, TekstSleutel> = {
  thuiszitters: 'elftal_groep_thuiszitters', toegang: 'elftal_groep_toegang', balans: 'elftal_groep_balans', administratie: 'elftal_groep_administratie',
};

/** Short source of one fact, "seed-003:L1409 · 2019 · onbekend"; the chart's source line has the full citation. */
export const kortBron = (r: { bron: string; periode: string; status: string }) => `${r.bron} · ${formatPeriode(r.periode)} · ${statusWoord(r.status, app.taal)}`;

/** The known amounts of one gemeente (model: postenUitFeiten), with short sources. */
export function postenVan(rijen: readonly ElftalFeitRij[], code: string, invoer: Record<string, number> = {}): Post[] {
  return postenUitFeiten(rijen, code, invoer, { bronTekst: kortBron, invoerBron: t('elftal_eigen_invoer') });
}

export const linieNaam = (l: Linie) => t(LINIE_SLEUTEL[l]);
/** Line names for the line-up's row labels. */
export const linieNamen = () => Object.fromEntries(LINIES.map((l) => [l, linieNaam(l)])) as Record<Linie, string>;
/** Whole euros, or cents when the amount has them (a typed 45,50 is not shown as 46). */
export const euro = (v: number | null) => (v === null ? t('elftal_ontbreekt') : formatEuro(v, Number.isInteger(Math.round(v * 100) / 100) ? 0 : 2));

/** "aanval (6.1), middenveld (6.2)" — what the page says is missing. */
export function ontbrekendTekst(v: Verdeling): string {
  return v.linies.filter((l) => l.waarde === null).map((l) => `${linieNaam(l.linie)} (${l.ontbrekend.join(', ')})`).join(', ');
}

/** `periode`: the periods of the facts shown, in words ("2019"); typed amounts have none. */
export function elftalMeta(v: Verdeling, naam: string, bronregel: string, eigen: boolean, periode: string): GrafiekMeta {
  const bekend = v.linies.filter((l) => l.waarde !== null);
  const verd = v.linies.find((l) => l.linie === 'verdediging')!;
  const ontbreekt = ontbrekendTekst(v);
  const titel = v.aandelen
    ? t('elftal_titel_compleet').replace('{naam}', naam)
        .replace('{a}', formatPercentage(v.aandelen.aanval, 0)).replace('{m}', formatPercentage(v.aandelen.middenveld, 0)).replace('{v}', formatPercentage(v.aandelen.verdediging, 0))
    : verd.waarde !== null && bekend.length === 1
      ? t('elftal_titel_verdediging').replace('{naam}', naam).replace('{v}', euro(verd.waarde)).replace('{periode}', periode || '–')
      : bekend.length || v.nietToeTeDelen.length
        ? t('elftal_titel_deels').replace('{naam}', naam).replace('{ontbreekt}', ontbreekt)
        : t('elftal_titel_leeg').replace('{naam}', naam);
  const rij = (l: Verdeling['linies'][number]) => ({
    linie: linieNaam(l.linie),
    taakvelden: l.taakvelden.join(', ') || '–',
    euro: l.waarde === null ? `${t('elftal_ontbreekt')} (${l.ontbrekend.join(', ')})` : euro(l.waarde),
    aandeel: v.aandelen ? formatPercentage(v.aandelen[l.linie], 1) : '–',
    herkomst: [...new Set(l.posten.map((p) => t(p.herkomst === 'bundel' ? 'elftal_herkomst_bundel' : p.herkomst === 'import' ? 'elftal_herkomst_import' : 'elftal_herkomst_invoer')))].join(', ') || '–',
  });
  return {
    id: 'elftal',
    titel,
    ondertitel: t('elftal_ondertitel'),
    bronregel,
    noten: [
      ...(ontbreekt ? [t('elftal_noot_ontbreekt').replace('{ontbreekt}', ontbreekt)] : []),
      ...(v.nietToeTeDelen.length ? [t('elftal_noot_niet_toe_te_delen').replace('{tv}', v.nietToeTeDelen.map((p) => p.taakvelden.join(' + ')).join('; '))] : []),
      t('elftal_noot_indeling'),
      t('elftal_noot_672'),
      ...(eigen ? [t('elftal_noot_eigen')] : []),
    ],
    beschrijving: LINIES.map((l) => {
      const s = v.linies.find((x) => x.linie === l)!;
      return `${linieNaam(l)}: ${s.waarde === null ? `${t('elftal_ontbreekt')} (${s.ontbrekend.join(', ')})` : euro(s.waarde)}${v.aandelen ? ` (${formatPercentage(v.aandelen[l], 1)})` : ''}`;
    }).join('; ') + '.',
    kolommen: [
      { sleutel: 'linie', label: t('elftal_linie') },
      { sleutel: 'taakvelden', label: t('elftal_taakvelden') },
      { sleutel: 'euro', label: t('elftal_euro_per_inwoner'), numeriek: true, eenheid: 'euro' },
      { sleutel: 'aandeel', label: t('elftal_aandeel'), numeriek: true, eenheid: 'procent' },
      { sleutel: 'herkomst', label: t('elftal_herkomst') },
    ],
    rijen: v.linies.map(rij),
    exportRijen: v.linies.map((l) => ({ ...rij(l), euro: l.waarde, aandeel: v.aandelen ? Math.round(v.aandelen[l.linie] * 10) / 10 : null })),
    eigenImport: eigen,
  };
}

// ---- raadsvragen: a value where the product has one, else null ("niet beschikbaar") ----

export interface RaadsContext {
  maten: ThuiszitterMaten | null;
  /** name of the loaded case file(s) */
  bestand: string;
  verdeling: Verdeling;
}

/** A key figure from another page, for the raadsinformatie. */
export interface Kerncijfer {
  wat: string;
  waarde: string;
  bron: string;
}

export interface RaadsWaarde {
  tekst: string;
  bron: string;
}

export function raadsWaarde(v: Raadsvraag, c: RaadsContext): RaadsWaarde | null {
  const taal = app.taal;
  const m = c.maten;
  const casusBron = () => `${t('bron')}: ${c.bestand} · ${definitieTekst(m!.definitie, taal).label} · ${t('elftal_peildatum')} ${formatDatum(m!.peildatum, taal)}${m!.gemeenteGefilterd ? '' : ` · ${t('elftal_hele_bestand')}`}`;
  const linie = (l: Linie) => c.verdeling.linies.find((x) => x.linie === l)!;
  switch (v.bron) {
    case 'casus_aantal':
      return m ? { tekst: aantalTekst(m.n, taal), bron: casusBron() } : null;
    case 'casus_duur':
      return m && m.gemiddeldeDagen !== null && m.n >= 5 ? { tekst: `${t('elftal_gemiddeld')} ${duurTekst(dagenNaarMaanden(m.gemiddeldeDagen), taal)}`, bron: casusBron() } : null;
    case 'casus_6w':
      return m ? { tekst: `${aantalTekst(m.langerDan6Weken, taal)} (${aandeelTekst(m.langerDan6Weken, m.n, taal)})`, bron: casusBron() } : null;
    case 'casus_3m':
      return m ? { tekst: `${aantalTekst(m.langerDan3Maanden, taal)} (${aandeelTekst(m.langerDan3Maanden, m.n, taal)})`, bron: casusBron() } : null;
    case 'elftal_basis_pct':
      return c.verdeling.aandelen ? { tekst: formatPercentage(c.verdeling.aandelen.aanval, 1), bron: `${t('bron')}: ${t('elftal_uit_elftal')}` } : null;
    case 'elftal_aanval':
      return linie('aanval').waarde !== null ? { tekst: `${euro(linie('aanval').waarde)} ${t('elftal_per_inwoner')}`, bron: `${t('bron')}: ${t('elftal_uit_elftal')}` } : null;
    case 'bundel_verdediging': {
      const p = linie('verdediging').posten.find((x) => x.herkomst === 'bundel');
      return p ? { tekst: `${euro(p.waarde)} ${t('elftal_per_inwoner')} (6.72 + 6.82)`, bron: `${t('bron')}: ${p.bron}` } : null;
    }
    default:
      return null;
  }
}
