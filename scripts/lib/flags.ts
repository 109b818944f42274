/**
 * Vlaggen: controles die de validator zelf *berekent* op geldige data. Een vlag laat de build
 * niet falen — de bron drukte het zo af, en we bewaren de gedrukte waarde — maar komt in
 * vlaggen.csv zodat de app de notitie naast het cijfer kan tonen.
 */
import {
  BEREKENBARE_VLAGSOORTEN,
  INDEX_RELATIES,
  INDEX_TOLERANTIE,
  vlagSleutel,
  type Dataset,
  type Feit,
  type Vlag,
} from './schema.ts';

export interface BerekendeVlag {
  regio_code: string;
  indicator: string;
  periode: string;
  soort: (typeof BEREKENBARE_VLAGSOORTEN)[number];
  berekening: string;
  bron: string;
}

/** Nederlandse notatie voor meldingen: 7.8 → "7,8". */
const nl = (n: number) => String(n).replace('.', ',');

function feitIndex(feiten: Feit[]): Map<string, Feit> {
  return new Map(feiten.map((f) => [`${f.regio_code}|${f.indicator}|${f.periode}`, f]));
}

/** Index opnieuw berekenen uit de twee percentages; afwijking > tolerantie → vlag. */
export function controleerIndexen(feiten: Feit[]): BerekendeVlag[] {
  const idx = feitIndex(feiten);
  const uit: BerekendeVlag[] = [];
  for (const rel of INDEX_RELATIES) {
    for (const f of feiten) {
      if (f.indicator !== rel.index || f.waarde === null || f.periode === rel.basisPeriode) continue;
      const teller = idx.get(`${f.regio_code}|${rel.teller}|${f.periode}`);
      const basis = idx.get(`${f.regio_code}|${rel.teller}|${rel.basisPeriode}`);
      if (!teller || !basis || teller.waarde === null || basis.waarde === null || basis.waarde === 0) continue;
      const herberekend = Math.round((teller.waarde / basis.waarde) * 100);
      if (Math.abs(herberekend - f.waarde) > INDEX_TOLERANTIE) {
        uit.push({
          regio_code: f.regio_code,
          indicator: f.indicator,
          periode: f.periode,
          soort: 'index_wijkt_af',
          berekening:
            `gedrukte index ${nl(f.waarde)} wijkt af van ${nl(teller.waarde)} / ${nl(basis.waarde)} × 100 = ` +
            `${herberekend} (${f.periode} t.o.v. ${rel.basisPeriode})`,
          bron: f.bron,
        });
      }
    }
  }
  return uit;
}

/**
 * Dezelfde waarde voor twee verschillende grootteklassen (zelfde indicator en periode) wijst op
 * een kopieerfout in de bron (€ 375 voor 100-150K én 150-300K).
 */
export function controleerDubbeleKlassewaarden(dataset: Dataset): BerekendeVlag[] {
  const klassen = new Set(dataset.regios.filter((r) => r.soort === 'grootteklasse').map((r) => r.code));
  const groepen = new Map<string, Feit[]>();
  for (const f of dataset.feiten) {
    if (!klassen.has(f.regio_code) || f.waarde === null) continue;
    const k = `${f.indicator}|${f.periode}|${f.waarde}`;
    groepen.set(k, [...(groepen.get(k) ?? []), f]);
  }
  const uit: BerekendeVlag[] = [];
  for (const groep of groepen.values()) {
    const codes = [...new Set(groep.map((f) => f.regio_code))];
    if (codes.length < 2) continue;
    for (const f of groep) {
      uit.push({
        regio_code: f.regio_code,
        indicator: f.indicator,
        periode: f.periode,
        soort: 'dubbele_waarde',
        berekening: `waarde ${nl(f.waarde!)} is identiek voor grootteklassen ${codes.sort().join(', ')}`,
        bron: f.bron,
      });
    }
  }
  return uit;
}

/**
 * De grootteklasse in een referentieset moet passen bij het inwonertal van de gemeente.
 * We toetsen het oudste beschikbare inwonertal (het dichtst bij de periode van de studie).
 */
export function controleerGrootteklassen(dataset: Dataset): BerekendeVlag[] {
  const grenzen = new Map(dataset.grootteklassen.map((g) => [g.code, g]));
  const uit: BerekendeVlag[] = [];
  for (const lid of dataset.referentiesets) {
    if (lid.rol !== 'grootteklasse') continue;
    const g = grenzen.get(lid.lid_code);
    if (!g) continue;
    const inwoners = dataset.feiten
      .filter((f) => f.regio_code === lid.focus_code && f.indicator === 'inwoners' && f.waarde !== null)
      .sort((a, b) => a.periode.localeCompare(b.periode))[0];
    if (!inwoners) continue;
    const n = inwoners.waarde!;
    const tePassen = (g.ondergrens === null || n >= g.ondergrens) && (g.bovengrens === null || n < g.bovengrens);
    if (!tePassen) {
      uit.push({
        regio_code: lid.focus_code,
        indicator: 'inwoners',
        periode: inwoners.periode,
        soort: 'grootteklasse_strijdig',
        berekening:
          `${n} inwoners (${inwoners.periode}) valt buiten grootteklasse ${lid.lid_code} ` +
          `[${g.ondergrens ?? '–'}, ${g.bovengrens ?? '∞'})`,
        bron: lid.bron,
      });
    }
  }
  return uit;
}

/** Rijen zonder waarde (bijv. '–' in de bron) krijgen een vlag zodat de app ze kan uitleggen. */
export function controleerOntbrekend(feiten: Feit[]): BerekendeVlag[] {
  return feiten
    .filter((f) => f.waarde === null)
    .map((f) => ({
      regio_code: f.regio_code,
      indicator: f.indicator,
      periode: f.periode,
      soort: 'niet_gepubliceerd' as const,
      berekening: `geen waarde: ${f.noot}`,
      bron: f.bron,
    }));
}

export function berekenVlaggen(dataset: Dataset): BerekendeVlag[] {
  return [
    ...controleerIndexen(dataset.feiten),
    ...controleerDubbeleKlassewaarden(dataset),
    ...controleerGrootteklassen(dataset),
    ...controleerOntbrekend(dataset.feiten),
  ].sort((a, b) => vlagSleutel(a).localeCompare(vlagSleutel(b)));
}

export interface VlagVergelijking {
  vlaggen: Vlag[];
  /** Berekend maar niet in discrepanties.csv gedocumenteerd. */
  ongedocumenteerd: BerekendeVlag[];
  /** Gedocumenteerd als berekenbaar, maar niet (meer) berekend: de documentatie klopt niet. */
  nietGevonden: Dataset['discrepanties'];
}

/**
 * Voegt berekende vlaggen en gedocumenteerde discrepanties samen tot de vlaggenlijst van de app.
 * Bronnotities die niet berekenbaar zijn (bijv. Amersfoort uit eigen jaarrekening) komen er ook in.
 */
export function combineerVlaggen(dataset: Dataset, berekend: BerekendeVlag[]): VlagVergelijking {
  const doc = new Map(dataset.discrepanties.map((d) => [vlagSleutel(d), d]));
  const ber = new Map(berekend.map((b) => [vlagSleutel(b), b]));
  const vlaggen: Vlag[] = [];
  for (const b of berekend) {
    const d = doc.get(vlagSleutel(b));
    vlaggen.push({ ...b, melding: d?.melding ?? b.berekening, bron: d?.bron ?? b.bron });
  }
  const berekenbaar = new Set<string>(BEREKENBARE_VLAGSOORTEN);
  const nietGevonden: Dataset['discrepanties'] = [];
  for (const d of dataset.discrepanties) {
    if (ber.has(vlagSleutel(d))) continue;
    if (berekenbaar.has(d.soort)) nietGevonden.push(d);
    else vlaggen.push({ ...d, berekening: '' });
  }
  vlaggen.sort((a, b) => vlagSleutel(a).localeCompare(vlagSleutel(b)));
  return {
    vlaggen,
    ongedocumenteerd: berekend.filter((b) => !doc.has(vlagSleutel(b))),
    nietGevonden,
  };
}
