/**
 * Pure omzetting van de ruwe CBS-bestanden (KWB 2021 via nlstat, KWB 2024) naar onze eigen
 * regio's en feiten. Geen bestandssysteem hier: convert-cbs-raw.ts leest en schrijft.
 *
 * Eerlijkheid boven volledigheid:
 * - Opgeheven gemeenten houden hun eigen KWB 2021-cijfers en krijgen opgeheven_per/opvolger;
 *   er wordt niets opgeteld of gemiddeld naar een opvolger.
 * - Het object "Netherlands Total" in het nlstat-bestand is (op Population na) het
 *   ONGEWOGEN gemiddelde van de 352 gemeenten, niet het CBS-landcijfer. Daarom nemen we van
 *   Nederland alleen het inwonertal over (dat is wel de som, en gelijk aan CBS).
 * - Periodes: inwoners hebben peildatum 1 januari; voor de andere KWB-kenmerken staat het
 *   verslagjaar niet in het bestand → periode = KWB-editie, status `onbekend`, met noot.
 */
import type { Feit, Grootteklasse, Regio } from './schema.ts';
import type { Herindeling as HerindelingInApp } from '../../src/lib/url/staat.ts';

export interface NlstatGemeente {
  Naam?: string;
  Provincie?: string;
  Population?: number | null;
  Demographics?: Record<string, number | null>;
  Inequality?: Record<string, number | null>;
  IncomeWealth?: Record<string, number | null>;
  Services?: Record<string, number | null>;
  WelfareCare?: Record<string, number | null>;
}

export interface Nlstat {
  Gemeente: Record<string, NlstatGemeente>;
  'Netherlands Total'?: NlstatGemeente;
}

export type Kwb2024 = Record<string, { AantalInwoners_5?: number | null }>;

/** A merger as the app reads it (src/lib/url/staat.ts), with its source. */
export interface Herindeling extends HerindelingInApp {
  bron: string;
}

/** gemeentle-lijst: alleen voor kruiscontrole van de provincie (bron van inwoners onbekend). */
export type Gemeentle = Record<string, { code?: string; provincie?: string }>;

export const BRON_KWB2021 = 'cbs-85039NED';
export const BRON_KWB2024 = 'cbs-85984NED';

export const NOOT_VERSLAGPERIODE =
  'verslagperiode niet in het bronbestand vastgelegd (KWB 2021 publiceert het laatst beschikbare jaar), periode = KWB-editie';

/** Welke nlstat-velden we overnemen, als welke indicator, en met welke noot. */
export const KWB2021_VELDEN: { indicator: string; sectie: keyof NlstatGemeente; veld: string; noot: string }[] = [
  { indicator: 'kwb_pct_jongeren_jeugdzorg', sectie: 'Inequality', veld: 'Youth welfare (%)', noot: NOOT_VERSLAGPERIODE },
  { indicator: 'stedelijkheid', sectie: 'Services', veld: 'Degree of urbanisation (1–5)', noot: '' },
  { indicator: 'gem_inkomen_per_inwoner', sectie: 'IncomeWealth', veld: 'Avg income per inhabitant (x€1k)', noot: NOOT_VERSLAGPERIODE },
  { indicator: 'pct_sociaal_minimum', sectie: 'Inequality', veld: 'At-or-below social minimum (%)', noot: NOOT_VERSLAGPERIODE },
  { indicator: 'pct_onder_15', sectie: 'Demographics', veld: 'Under 15 years (%)', noot: 'peildatum 1 januari 2021' },
  { indicator: 'pct_15_24', sectie: 'Demographics', veld: '15-24 years (%)', noot: 'peildatum 1 januari 2021' },
  { indicator: 'wmo_clienten_per_1000', sectie: 'WelfareCare', veld: 'Wmo care clients (per 1k)', noot: NOOT_VERSLAGPERIODE },
];

/** Provincienamen in het bronbestand die anders gespeld worden dan in onze regio's. */
const PROVINCIE_ALIAS: Record<string, string> = { Friesland: 'Fryslân' };

/** Afgeleide grootteklasse (GKA_*) voor een inwonertal; grenzen komen uit grootteklassen.csv. */
export function afgeleideKlasse(inwoners: number, klassen: Grootteklasse[]): string {
  const k = klassen
    .filter((g) => g.code.startsWith('GKA_'))
    .find((g) => (g.ondergrens === null || inwoners >= g.ondergrens) && (g.bovengrens === null || inwoners < g.bovengrens));
  return k?.code ?? '';
}

const getal = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

export interface KwbUitvoer {
  regios: Regio[];
  feiten2021: Feit[];
  feiten2024: Feit[];
  waarschuwingen: string[];
}

export function converteerKwb(
  kwb2021: Nlstat,
  kwb2024: Kwb2024,
  herindelingen: Herindeling[],
  provincies: Regio[],
  klassen: Grootteklasse[],
  gemeentle: Gemeentle = {},
): KwbUitvoer {
  const waarschuwingen: string[] = [];
  const provCode = new Map(provincies.filter((p) => p.soort === 'provincie').map((p) => [p.naam, p.code]));
  const provVan = (naam: string | undefined): string => {
    if (!naam) return '';
    const code = provCode.get(PROVINCIE_ALIAS[naam] ?? naam);
    if (!code) waarschuwingen.push(`onbekende provincie '${naam}'`);
    return code ?? '';
  };
  const gemeentleProv = new Map<string, string>();
  for (const g of Object.values(gemeentle)) if (g.code && g.provincie) gemeentleProv.set(g.code.toUpperCase(), g.provincie);
  const herVan = new Map(herindelingen.map((h) => [h.van_code, h]));

  const regios: Regio[] = [];
  /** A gemeente row; its size class follows from its population (none when that is unknown). */
  const gemeente = (code: string, naam: string, provincie: string, inw: number | null, rest: Pick<Regio, 'stedelijkheid' | 'opgeheven_per' | 'opvolger_code' | 'noot'>): Regio => ({
    code, naam, soort: 'gemeente', provincie, grootteklasse: inw !== null ? afgeleideKlasse(inw, klassen) : '', ...rest,
  });
  const feiten2021: Feit[] = [];
  const feiten2024: Feit[] = [];
  const gm2024 = Object.entries(kwb2024).filter(([k]) => k.startsWith('GM'));
  const inw2024 = new Map(gm2024.map(([k, v]) => [k, getal(v.AantalInwoners_5)]));

  // 1. Gemeenten van de indeling 2021 (met hun eigen cijfers, ook als ze later opgeheven zijn).
  for (const [code, g] of Object.entries(kwb2021.Gemeente)) {
    const her = herVan.get(code);
    const noten: string[] = [];
    let naam = (g.Naam ?? '').trim();
    if (!naam && her) {
      naam = her.van_naam;
      noten.push('naam ontbreekt in KWB 2021-bestand; overgenomen uit herindelingen.csv');
    }
    if (!naam) waarschuwingen.push(`${code}: geen naam`);
    let provincie = provVan(g.Provincie || undefined);
    if (!provincie && gemeentleProv.has(code)) {
      provincie = provVan(gemeentleProv.get(code));
      noten.push('provincie ontbreekt in KWB 2021-bestand; overgenomen uit de gemeentle-lijst (alleen kruiscontrole-bron)');
    } else if (gemeentleProv.has(code) && provVan(gemeentleProv.get(code)) !== provincie) {
      waarschuwingen.push(`${code}: provincie KWB '${g.Provincie}' ≠ gemeentle '${gemeentleProv.get(code)}'`);
    }
    if (her) {
      noten.push(
        `opgeheven per ${her.ingangsdatum}, opgegaan in ${her.naar_naam} (${her.naar_code}); ` +
          'de cijfers hier zijn van deze gemeente zelf en zijn niet in de opvolger opgeteld',
      );
    }
    const inw = getal(g.Population);
    const sted = getal(g.Services?.['Degree of urbanisation (1–5)']);
    regios.push(gemeente(code, naam, provincie, inw, { stedelijkheid: sted, opgeheven_per: her?.ingangsdatum ?? '', opvolger_code: her?.naar_code ?? '', noot: noten.join('; ') }));
    if (inw !== null) {
      feiten2021.push({
        regio_code: code,
        periode: '2021JJ00',
        indicator: 'inwoners',
        waarde: inw,
        status: 'onbekend',
        bron: BRON_KWB2021,
        noot: 'peildatum 1 januari 2021',
      });
    }
    for (const v of KWB2021_VELDEN) {
      const sectie = g[v.sectie] as Record<string, number | null> | undefined;
      const w = getal(sectie?.[v.veld]);
      if (w === null) continue; // ontbrekend blijft ontbrekend, nooit 0
      feiten2021.push({
        regio_code: code,
        periode: '2021JJ00',
        indicator: v.indicator,
        waarde: w,
        status: 'onbekend',
        bron: BRON_KWB2021,
        noot: v.noot,
      });
    }
  }

  // 2. Nieuwe gemeenten (na 2021 ontstaan): naam uit herindelingen, provincie van de voorgangers.
  const bekend = new Set(Object.keys(kwb2021.Gemeente));
  for (const [code] of gm2024) {
    if (bekend.has(code)) continue;
    const voorgangers = herindelingen.filter((h) => h.naar_code === code);
    const naam = voorgangers[0]?.naar_naam ?? '';
    if (!naam) {
      // Geen naam in een van de bestanden: niet verzinnen, wel melden.
      waarschuwingen.push(`${code}: nieuwe gemeente zonder naam in de bronbestanden; overgeslagen`);
      continue;
    }
    const provs = [...new Set(voorgangers.map((h) => regios.find((r) => r.code === h.van_code)?.provincie ?? ''))];
    const provincie = provs.length === 1 ? provs[0] : '';
    const inw = inw2024.get(code) ?? null;
    regios.push(gemeente(code, naam, provincie, inw, {
      stedelijkheid: null,
      opgeheven_per: '',
      opvolger_code: '',
      noot:
        `ontstaan per ${voorgangers[0].ingangsdatum} uit ${voorgangers.map((h) => `${h.van_naam} (${h.van_code})`).join(', ')}; ` +
        'naam uit herindelingen.csv, provincie van de voorgangers, grootteklasse op inwoners 1 januari 2024',
    }));
  }

  // 3. KWB 2024: inwoners op 1 januari 2024 (indeling 2024).
  for (const [code, inw] of inw2024) {
    if (inw === null) continue;
    feiten2024.push({
      regio_code: code,
      periode: '2024JJ00',
      indicator: 'inwoners',
      waarde: inw,
      status: 'onbekend',
      bron: BRON_KWB2024,
      noot: 'peildatum 1 januari 2024, gemeentelijke indeling 2024',
    });
  }

  // 4. Nederland: alleen inwoners, als som van de gemeenten (zie kop van dit bestand).
  const som2021 = feiten2021.filter((f) => f.indicator === 'inwoners').reduce((s, f) => s + (f.waarde ?? 0), 0);
  const nlPop = getal(kwb2021['Netherlands Total']?.Population);
  if (nlPop !== null && nlPop !== som2021) waarschuwingen.push(`NL inwoners 2021: bestand ${nlPop} ≠ som ${som2021}`);
  feiten2021.push({
    regio_code: 'NL01',
    periode: '2021JJ00',
    indicator: 'inwoners',
    waarde: som2021,
    status: 'onbekend',
    bron: BRON_KWB2021,
    noot: `peildatum 1 januari 2021; som van de ${Object.keys(kwb2021.Gemeente).length} gemeenten in het bronbestand (gelijk aan "Netherlands Total")`,
  });
  const som2024 = feiten2024.reduce((s, f) => s + (f.waarde ?? 0), 0);
  feiten2024.push({
    regio_code: 'NL01',
    periode: '2024JJ00',
    indicator: 'inwoners',
    waarde: som2024,
    status: 'onbekend',
    bron: BRON_KWB2024,
    noot: `peildatum 1 januari 2024; som van de ${gm2024.length} gemeenten in het bronbestand (het bestand bevat geen landtotaal)`,
  });

  return { regios, feiten2021, feiten2024, waarschuwingen };
}
