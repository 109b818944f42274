// Strings of the Kaart page, Dutch and English. Sentences with numbers are functions.
import { trechterUitleg, type TrechterResultaat } from '../../lib/model/trechter/index.ts';
import type { Taal } from '../../lib/i18n/taal';

const nl = {
  kop: 'Kaart en referentiegemeenten',
  intro:
    'Vergelijk elke gemeente met gemeenten die op haar lijken. U kiest zelf hoe de referentiegroep wordt samengesteld; de link onthoudt die keuze, zodat iemand anders precies dezelfde vergelijking ziet.',
  indicator: 'Indicator op de kaart',
  kaart_label: 'Kaart van de gemeenten (indeling 2022). Pijltjestoetsen: naar een buurgemeente; Enter: kiezen; letters: naar een naam.',
  indeling:
    'De kaart gebruikt de gemeentelijke indeling van 2022 (345 gemeenten). De KWB-cijfers gaan over de indeling van 2021: gemeenten die op 1 januari 2022 zijn ontstaan uit een herindeling hebben daarom "geen gegevens" (gearceerd), nooit nul.',
  laden_db: 'De kenmerken van alle gemeenten worden geladen (rekenmodule DuckDB)…',
  laden_geo: 'De kaart wordt geladen…',
  fout_db: 'De rekenmodule (DuckDB) kon de kenmerken niet laden. De kaart zonder kleuren en de methoden buurgemeenten, grootteklasse en stedelijkheid werken nog wel.',
  fout_geo: 'De kaart kon niet geladen worden',
  groep_kop: 'Referentiegroep',
  methode: 'Hoe kiest u de referentiegemeenten?',
  kenmerken: 'Kenmerken die moeten lijken',
  k: 'Aantal referentiegemeenten',
  leden: 'Referentiegemeenten',
  afstand: 'afstand',
  waarom: 'waarom',
  verwijder: 'Verwijder',
  toevoegen: 'Gemeente toevoegen',
  toevoegen_knop: 'Toevoegen',
  kies_toevoegen: '— kies een gemeente —',
  geen_leden: 'Deze referentiegroep heeft geen leden.',
  suggestie: 'Probeer in plaats daarvan:',
  ongeldig_recept: 'De referentiegroep in de link kon niet gelezen worden; de standaardgroep wordt getoond.',
  standaard: '(standaard)',
  studie_niet: 'De referentiegroep uit de studie bestaat alleen voor Deventer, Peel en Maas, Roosendaal, Utrecht en Zaltbommel.',
  niet_op_kaart: 'staat niet op de kaart van 2022 (de gemeente bestaat in die indeling niet); kies een gemeente op de kaart.',
  kolom_gemeente: 'Gemeente',
  kolom_rol: 'Rol',
  kolom_waarde: 'Waarde',
  rol_gekozen: 'gekozen gemeente',
  rol_peer: 'referentiegemeente',
  rol_overig: 'overige gemeente',
  gemiddelde: 'Gemiddelde referentiegroep',
  mediaan: 'Mediaan referentiegroep',
  bereik: 'Bereik referentiegroep',
  rang_groep: 'Rang in de referentiegroep',
  rang_land: 'Rang landelijk',
  alle_gemeenten: 'Alle gemeenten',
  referentiegroep: 'Referentiegroep',
  hoogste: '1 = hoogste waarde',
  geen_waarde: 'geen gegevens',
  trechter_kop: 'Eerlijk vergelijken: de trechterplot',
  trechter_uitleg_kort:
    'Bij een kleine gemeente schommelt een aandeel sterker door toeval. De trechter laat zien welke afwijking nog binnen de verwachte spreiding valt.',
  geschat_x: 'geschat aantal jeugdigen 0–17 (log-schaal)',
  kanttekeningen: 'Kanttekeningen',
  periode_noot:
    'Peildatum en periode: KWB 2021 (CBS 85039NED). Inwoners en leeftijdsaandelen per 1 januari 2021; voor het aandeel jongeren met jeugdzorg, inkomen en sociaal minimum staat het verslagjaar niet in het bronbestand (KWB publiceert het laatst beschikbare jaar).',
  woonplaats_noot:
    'Woonplaatsbeginsel: jeugdzorg telt mee bij de gemeente waar de jongere woont, en de cijfers staan in de gemeentegrenzen van het publicatiejaar. Een gemeente met veel jeugdzorginstellingen of pleeggezinnen kan daardoor hoger uitkomen.',
  context_noot:
    'Context verklaart het gebruik maar matig: kenmerken als inkomen en stedelijkheid hangen slechts matig tot zwak samen met jeugdhulpgebruik per gemeente (CBS, Statistische Trends 2021). Een referentiegroep maakt de vergelijking eerlijker, niet sluitend.',
  schatting_noot:
    'Het aantal jeugdigen staat niet in de gegevens en is geschat: inwoners × (aandeel onder 15 jaar + 3/10 van het aandeel 15 tot 25 jaar). De noemer van het CBS-aandeel is niet precies bekend; lees de plaats op de horizontale as als benadering.',
  methode_noot:
    'Grenzen met overdispersie (Spiegelhalter, 2005): de gewone binomiale grenzen zouden ongeveer de helft van de gemeenten "afwijkend" noemen.',
  synth: '',
  // Titles and sentences of the three charts (titels.ts)
  per_gemeente: 'per gemeente',
  kaart_onder: 'kaart: gemeentelijke indeling 2022',
  kaart_grenzen: 'grenzen: CBS/PDOK gebiedsindelingen 2022 (CC BY 4.0)',
  kaart_titel: (g: string, w: string, rang: string) => `${g}: ${w}, plaats ${rang} gemeenten (KWB 2021)`,
  zonder_op_kaart: (n: number) => `${n} gemeenten op de kaart hebben geen waarde (gearceerd).`,
  kaart_beschr: (n: number, ind: string, g: string, peers: number, gedeeld: boolean) =>
    `Kaart van ${n} gemeenten, gekleurd naar ${ind.toLowerCase()} in klassen van gelijke omvang. ${g} is oranje omlijnd met een stip${peers ? `, de ${peers} referentiegemeenten blauw gestreept` : ''}. Plaats 1 = hoogste waarde; ${gedeeld ? 'de plaats wordt gedeeld met gemeenten met dezelfde waarde.' : 'gelijke waarden delen een plaats.'}`,
  groep_geen: (g: string, ind: string) => `${g}: geen waarde voor ${ind.toLowerCase()} (KWB 2021)`,
  groep_titel: (g: string, w: string, richting: 'boven' | 'onder' | 'gelijk', gem: string) =>
    `${g} (${w}) ligt ${richting === 'gelijk' ? 'gelijk aan' : richting} het gemiddelde van de referentiegroep (${gem}) in KWB 2021`,
  peers_zonder: (n: number) => `${n} referentiegemeenten hebben geen waarde en tellen niet mee (niet als nul).`,
  groep_beschr: (g: string, w: string, n: number, min: string, max: string, gem: string, med: string, rg: string, rl: string) =>
    `${g} heeft ${w}; de ${n} referentiegemeenten liggen tussen ${min} en ${max} (gemiddeld ${gem}, mediaan ${med}). Rang in de groep: ${rg}; landelijk: ${rl} (1 = hoogste).`,
  positie: { binnen: 'binnen', boven: 'boven', onder: 'onder' },
  trechter_geen: (g: string) => `Geen trechterpositie voor ${g} (gegevens ontbreken)`,
  trechter_998: (g: string, pos: string) => `${g} ligt ${pos} de 99,8 %-grens: duidelijk opvallend (KWB 2021)`,
  trechter_95: (g: string, pos: string) => `${g} ligt ${pos} de 95 %-grens, maar binnen de 99,8 %-grenzen (KWB 2021)`,
  trechter_binnen: (g: string) => `${g} valt binnen de verwachte spreiding rond het landelijke aandeel (KWB 2021)`,
  trechter_onder: 'tegen het geschatte aantal jeugdigen',
  landelijk: 'landelijk',
  trechter_uitgesloten: (n: number) => `${n} gemeenten zonder aandeel of schatting staan niet in de grafiek.`,
  kolom_jeugdigen: 'jeugdigen (geschat)',
  grens_998: '99,8 %',
  trechter_beschr: (r: TrechterResultaat) => trechterUitleg(r),
  trechter_leeg: 'Voor de trechterplot ontbreken de gegevens.',
  vgl_kop: 'De gemeente naast haar referentiegroep',
  /** Labels inside the map and funnel charts (their Dutch defaults live in the chart). */
  kaart_tekst: {} as Partial<Record<'geenGegevens' | 'peer' | 'gekozen' | 'bron' | 'legenda', string>>,
  trechter_tekst: {} as Partial<Record<'nederland' | 'g95' | 'g998', string>>,
  punt_label: (naam: string, p: string, n: string) => `${naam}: ${p} van ongeveer ${n} jeugdigen (geschat)`,
};

const en: typeof nl = {
  kop: 'Map and reference municipalities',
  intro:
    'Compare any municipality with municipalities that resemble it. You choose how the reference group is built; the link remembers that choice, so someone else sees exactly the same comparison.',
  indicator: 'Indicator on the map',
  kaart_label: 'Map of the municipalities (2022 boundaries). Arrow keys: to a neighbouring municipality; Enter: choose; letters: jump to a name.',
  indeling:
    'The map uses the municipal boundaries of 2022 (345 municipalities). The KWB figures refer to the 2021 boundaries: municipalities formed by a merger on 1 January 2022 therefore show "no data" (hatched), never zero.',
  laden_db: 'Loading the characteristics of all municipalities (DuckDB query engine)…',
  laden_geo: 'Loading the map…',
  fout_db: 'The query engine (DuckDB) could not load the characteristics. The map without colours and the methods neighbours, size class and urbanisation still work.',
  fout_geo: 'The map could not be loaded',
  groep_kop: 'Reference group',
  methode: 'How should the reference municipalities be chosen?',
  kenmerken: 'Characteristics that should be similar',
  k: 'Number of reference municipalities',
  leden: 'Reference municipalities',
  afstand: 'distance',
  waarom: 'why',
  verwijder: 'Remove',
  toevoegen: 'Add a municipality',
  toevoegen_knop: 'Add',
  kies_toevoegen: '— choose a municipality —',
  geen_leden: 'This reference group has no members.',
  suggestie: 'Try instead:',
  ongeldig_recept: 'The reference group in the link could not be read; the default group is shown.',
  standaard: '(default)',
  studie_niet: "The study's reference set only exists for Deventer, Peel en Maas, Roosendaal, Utrecht and Zaltbommel.",
  niet_op_kaart: 'is not on the 2022 map (the municipality does not exist in those boundaries); choose a municipality on the map.',
  kolom_gemeente: 'Municipality',
  kolom_rol: 'Role',
  kolom_waarde: 'Value',
  rol_gekozen: 'chosen municipality',
  rol_peer: 'reference municipality',
  rol_overig: 'other municipality',
  gemiddelde: 'Reference group mean',
  mediaan: 'Reference group median',
  bereik: 'Reference group range',
  rang_groep: 'Rank in the reference group',
  rang_land: 'Rank nationally',
  alle_gemeenten: 'All municipalities',
  referentiegroep: 'Reference group',
  hoogste: '1 = highest value',
  geen_waarde: 'no data',
  trechter_kop: 'Comparing fairly: the funnel plot',
  trechter_uitleg_kort:
    'In a small municipality a share varies more by chance. The funnel shows which deviation still falls within the expected spread.',
  geschat_x: 'estimated young people 0–17 (log scale)',
  kanttekeningen: 'Caveats',
  periode_noot:
    'Reference date and period: KWB 2021 (CBS 85039NED). Inhabitants and age shares on 1 January 2021; for the share of young people in youth care, income and social minimum the reporting year is not in the source file (KWB publishes the latest available year).',
  woonplaats_noot:
    'Place-of-residence principle (woonplaatsbeginsel): youth care counts for the municipality where the young person lives, in the boundaries of the publication year. A municipality with many youth-care institutions or foster families can therefore come out higher.',
  context_noot:
    'Context explains use only moderately: characteristics such as income and urbanisation correlate only moderately to weakly with youth-care use per municipality (CBS, Statistische Trends 2021). A reference group makes the comparison fairer, not conclusive.',
  schatting_noot:
    'The number of young people is not in the data and is estimated: inhabitants × (share under 15 + 3/10 of the share aged 15–24). The denominator of the CBS share is not exactly known; read the position on the horizontal axis as an approximation.',
  methode_noot:
    'Limits with over-dispersion (Spiegelhalter, 2005): plain binomial limits would call about half of all municipalities "outliers".',
  synth: '',
  per_gemeente: 'by municipality',
  kaart_onder: 'map: 2022 municipal boundaries',
  kaart_grenzen: 'boundaries: CBS/PDOK 2022 (CC BY 4.0)',
  kaart_titel: (g: string, w: string, rang: string) => `${g}: ${w}, rank ${rang} municipalities (KWB 2021)`,
  zonder_op_kaart: (n: number) => `${n} municipalities on the map have no value (hatched).`,
  kaart_beschr: (n: number, ind: string, g: string, peers: number) =>
    `Map of ${n} municipalities, coloured by ${ind} in classes of equal size. ${g} is outlined in orange with a dot${peers ? `, the ${peers} reference municipalities dashed in blue` : ''}. Rank 1 = highest value; equal values share a rank.`,
  groep_geen: (g: string, ind: string) => `${g}: no value for ${ind} (KWB 2021)`,
  groep_titel: (g: string, w: string, richting: 'boven' | 'onder' | 'gelijk', gem: string) =>
    `${g} (${w}) is ${{ boven: 'above', onder: 'below', gelijk: 'equal to' }[richting]} the reference group mean (${gem}) in KWB 2021`,
  peers_zonder: (n: number) => `${n} reference municipalities have no value and are left out (not counted as zero).`,
  groep_beschr: (g: string, w: string, n: number, min: string, max: string, gem: string, med: string, rg: string, rl: string) =>
    `${g} has ${w}; the ${n} reference municipalities range from ${min} to ${max} (mean ${gem}, median ${med}). Rank in the group: ${rg}; nationally: ${rl} (1 = highest).`,
  positie: { binnen: 'within', boven: 'above', onder: 'below' },
  trechter_geen: (g: string) => `No funnel position for ${g} (data missing)`,
  trechter_998: (g: string, pos: string) => `${g} lies ${pos} the 99.8% limit: clearly unusual (KWB 2021)`,
  trechter_95: (g: string, pos: string) => `${g} lies ${pos} the 95% limit, but within the 99.8% limits (KWB 2021)`,
  trechter_binnen: (g: string) => `${g} falls within the expected spread around the national share (KWB 2021)`,
  trechter_onder: 'against the estimated number of young people',
  landelijk: 'national',
  trechter_uitgesloten: (n: number) => `${n} municipalities without a share or estimate are not shown.`,
  kolom_jeugdigen: 'young people (estimated)',
  trechter_leeg: 'The data for the funnel plot are missing.',
  vgl_kop: 'The municipality next to its reference group',
  kaart_tekst: { geenGegevens: 'no data', peer: 'reference municipality', gekozen: 'chosen municipality', bron: 'Source', legenda: 'Legend' },
  trechter_tekst: { nederland: 'Netherlands', g95: '95% limit', g998: '99.8% limit' },
  punt_label: (naam: string, p: string, n: string) => `${naam}: ${p} of about ${n} young people (estimated)`,
  grens_998: '99.8%',
  trechter_beschr: (r: TrechterResultaat) =>
    `Municipalities differ more than chance explains (factor ${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(r.phi)}); the limits have therefore been widened so that only truly unusual municipalities fall outside. ${r.buiten.boven95 + r.buiten.onder95} of ${r.eenheden.length} municipalities fall outside the 95% limits and ${r.buiten.boven998 + r.buiten.onder998} outside the 99.8% limits.`,
};

export const TEKST = { nl, en } as const;
export type KaartTekst = typeof nl;
export const tk = (taal: Taal): KaartTekst => TEKST[taal];
