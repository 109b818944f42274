/**
 * What seed 004 (Doodkorte, Tussen beleid en leefwereld) asks councils to request, §6 of the
 * research extraction, with the lines of the book (checked against seeds/004_….txt). For each
 * measure: where this product can show a value (`bron`), else the register that would hold it.
 * Thuiszitter measures are computed from a loaded case file with the routes model — the same
 * definitions and the 6-week / 3-month norms as the Thuiszitters page.
 */
import type { Casus, Episode } from '../casus/contract.ts';
import { duurOpPeildatum, groepeerDuur, vatDuurSamen } from '../routes/route.ts';
import type { DefinitieCode } from '../routes/definities.ts';

export const GROEPEN = ['thuiszitters', 'toegang', 'balans', 'administratie'] as const;
export type Groep = (typeof GROEPEN)[number];

/** Where a value can come from: the case file, the elftal split, the bundled study figure, or nowhere yet. */
export type WaardeBron = 'casus_aantal' | 'casus_duur' | 'casus_6w' | 'casus_3m' | 'elftal_basis_pct' | 'elftal_aanval' | 'bundel_verdediging' | null;

export interface Raadsvraag {
  id: string;
  groep: Groep;
  nl: string;
  en: string;
  /** line ranges in seed 004 */
  regels: [number, number][];
  bron: WaardeBron;
  /** the register that holds (or would hold) the figure */
  register: { nl: string; en: string };
}

const LEERPLICHT = { nl: 'leerplichtadministratie (verzuimmeldingen, DUO-verzuimloket) en het lokale team', en: 'compulsory-education records (absence reports, DUO) and the local team' };
const TOEGANG = { nl: 'registratie van de toegang / het lokale team (aanmelddatum, datum eerste gesprek, vaste contactpersoon)', en: 'access / local-team records (referral date, date of first conversation, fixed contact person)' };

export const RAADSVRAGEN: readonly Raadsvraag[] = [
  { id: 'tz_aantal', groep: 'thuiszitters', nl: 'Hoeveel thuiszitters zijn er?', en: 'How many children are out of school?', regels: [[1203, 1205]], bron: 'casus_aantal', register: LEERPLICHT },
  { id: 'tz_duur', groep: 'thuiszitters', nl: 'Hoe lang zitten zij thuis?', en: 'How long have they been at home?', regels: [[1203, 1205]], bron: 'casus_duur', register: LEERPLICHT },
  { id: 'tz_6w', groep: 'thuiszitters', nl: 'Hoeveel kinderen zitten langer dan zes weken thuis? (norm: dan één regisseur en een concreet plan)', en: 'How many children have been out of school for over six weeks? (norm: by then one case director and a concrete plan)', regels: [[1195, 1198]], bron: 'casus_6w', register: LEERPLICHT },
  { id: 'tz_3m', groep: 'thuiszitters', nl: 'Hoeveel kinderen zitten langer dan drie maanden thuis? (norm: niemand zonder passend onderwijs- en ontwikkelplan)', en: 'How many children have been out of school for over three months? (norm: nobody without a suitable education and development plan)', regels: [[1170, 1172], [4757, 4759]], bron: 'casus_3m', register: LEERPLICHT },
  { id: 'tz_regisseur', groep: 'thuiszitters', nl: 'Wie is per kind de regisseur?', en: 'Who is the case director for each child?', regels: [[1203, 1205]], bron: null, register: { nl: 'leerplichtadministratie en lokaal team (het casusdata-contract heeft geen veld voor regisseur of plan)', en: 'compulsory-education records and local team (the case-data contract has no field for director or plan)' } },
  { id: 'tz_kernteam', groep: 'thuiszitters', nl: 'Regelt een kernteam per thuiszitter binnen zes weken een route?', en: 'Does a core team per child arrange a route within six weeks?', regels: [[4760, 4762]], bron: null, register: { nl: 'leerplicht en samenwerkingsverband passend onderwijs', en: 'compulsory-education office and the inclusive-education partnership' } },
  { id: 'tg_eerste_gesprek', groep: 'toegang', nl: 'Hoe snel is er een eerste gesprek?', en: 'How quickly is there a first conversation?', regels: [[2664, 2666]], bron: null, register: TOEGANG },
  { id: 'tg_contactpersoon', groep: 'toegang', nl: 'Hoeveel gezinnen hebben één contactpersoon, en weten zij wie dat is?', en: 'How many families have one contact person, and do they know who it is?', regels: [[2664, 2666], [2649, 2651]], bron: null, register: TOEGANG },
  { id: 'tg_lichter', groep: 'toegang', nl: 'Hoeveel trajecten zijn lichter of anders ingezet dankzij het speelplan?', en: 'How many trajectories were started lighter or differently thanks to the game plan?', regels: [[2664, 2666]], bron: null, register: TOEGANG },
  { id: 'tg_ervaring', groep: 'toegang', nl: 'Hoe ervaren gezinnen die route?', en: 'How do families experience that route?', regels: [[2664, 2666]], bron: null, register: { nl: 'cliëntervaringsonderzoek en verhalen van gezinnen', en: 'client-experience survey and families’ stories' } },
  { id: 'bl_basis_pct', groep: 'balans', nl: 'Welk percentage van het jeugdbudget gaat minimaal naar basis en preventie?', en: 'What percentage of the youth budget goes at least to the basis and prevention?', regels: [[832, 837], [908, 911]], bron: 'elftal_basis_pct', register: { nl: 'begroting en jaarrekening (Iv3-taakvelden 6.1, 6.2, 6.72, 6.82)', en: 'budget and accounts (Iv3 task fields 6.1, 6.2, 6.72, 6.82)' } },
  { id: 'bl_voorkant', groep: 'balans', nl: 'Hoeveel investeren we in de aanval: preventie, wijkvoorzieningen en informele steun?', en: 'How much do we invest in the attack: prevention, neighbourhood facilities and informal support?', regels: [[839, 844]], bron: 'elftal_aanval', register: { nl: 'begroting en jaarrekening (Iv3-taakveld 6.1 en subsidies)', en: 'budget and accounts (Iv3 task field 6.1 and grants)' } },
  { id: 'bl_achterkant', groep: 'balans', nl: 'Wat gaat er naar specialistische trajecten (de achterkant)?', en: 'What goes to specialist trajectories (the back)?', regels: [[839, 841]], bron: 'bundel_verdediging', register: { nl: 'jaarrekening, Iv3-taakvelden 6.72 en 6.82', en: 'accounts, Iv3 task fields 6.72 and 6.82' } },
  { id: 'bl_escalaties', groep: 'balans', nl: 'Zien we minder escalaties, minder crises en meer continuïteit in het leven van kinderen?', en: 'Do we see fewer escalations, fewer crises and more continuity in children’s lives?', regels: [[842, 844]], bron: null, register: { nl: 'Veilig Thuis, crisisdienst jeugd en CBS-jeugdbeschermingscijfers', en: 'Veilig Thuis, youth crisis service and CBS child-protection figures' } },
  { id: 'bl_zware_zorg', groep: 'balans', nl: 'Minder doorverwijzingen naar zware zorg, kortere trajecten?', en: 'Fewer referrals to heavy care, shorter trajectories?', regels: [[854, 861]], bron: null, register: { nl: 'declaraties jeugdhulp (iJw-berichten) en CBS Beleidsinformatie Jeugd', en: 'youth-care claims (iJw messages) and CBS youth policy information' } },
  { id: 'bl_scoren', groep: 'balans', nl: 'Maken meer kinderen hun school af, zijn er minder uithuisplaatsingen en minder escalaties in gezinnen?', en: 'Do more children finish school, are there fewer out-of-home placements and fewer escalations in families?', regels: [[820, 822]], bron: null, register: { nl: 'DUO (voortijdig schoolverlaten) en CBS Beleidsinformatie Jeugd (jeugdhulp met verblijf)', en: 'DUO (early school leaving) and CBS youth policy information (youth care with residence)' } },
  { id: 'ad_op_tijd', groep: 'administratie', nl: 'Komt hulp op tijd, sluit die aan bij wat kinderen en ouders nodig hebben, neemt de druk in gezinnen voelbaar af?', en: 'Does help arrive on time, does it fit what children and parents need, does pressure in families noticeably decrease?', regels: [[3058, 3060]], bron: null, register: { nl: 'wachttijdregistratie van aanbieders en cliëntervaringsonderzoek', en: 'providers’ waiting-time records and client-experience survey' } },
  { id: 'ad_indicatoren', groep: 'administratie', nl: 'Welke cijfers gebruiken we echt, welke kunnen weg of simpeler?', en: 'Which figures do we really use, which can go or be simpler?', regels: [[3615, 3617], [3159, 3162]], bron: null, register: { nl: 'contracten en regionale rapportage-afspraken met aanbieders', en: 'contracts and regional reporting agreements with providers' } },
  { id: 'ad_registraties', groep: 'administratie', nl: 'Wat staat er in de top-10 van overbodige registraties, en wat is geschrapt?', en: 'What is in the top 10 of unnecessary registrations, and what has been scrapped?', regels: [[3085, 3089]], bron: null, register: { nl: 'een week logboek van professionals (bestaat nog niet als register)', en: 'a one-week log by professionals (not yet a register)' } },
];

export interface ThuiszitterMaten {
  definitie: DefinitieCode;
  peildatum: string;
  /** cases considered (after the gemeente filter) */
  casussen: number;
  /** false when the file holds no case of the chosen gemeente: the whole file is counted */
  gemeenteGefilterd: boolean;
  n: number;
  gemiddeldeDagen: number | null;
  langerDan6Weken: number;
  langerDan3Maanden: number;
}

/** The latest date in a case file: its peildatum, so an old file is not aged to today. */
export function peildatumVan(episodes: readonly Episode[]): string | null {
  let max: string | null = null;
  for (const e of episodes) for (const d of [e.begin, e.einde]) if (d && (!max || d > max)) max = d;
  return max;
}

/** Thuiszitter measures of §6.2 from a case file: count, mean duration, over 6 weeks, over 3 months. */
export function thuiszitterMaten(
  casussen: readonly Casus[],
  episodes: readonly Episode[],
  opt: { definitie: DefinitieCode; peildatum: string; gemeente?: string },
): ThuiszitterMaten {
  const eigen = opt.gemeente ? casussen.filter((c) => c.gemeente_code === opt.gemeente) : [];
  const gemeenteGefilterd = eigen.length > 0;
  const gekozen = gemeenteGefilterd ? eigen : casussen;
  const s = vatDuurSamen(groepeerDuur(duurOpPeildatum(gekozen, episodes, { peildatum: opt.peildatum, definitie: opt.definitie })));
  return {
    definitie: opt.definitie,
    peildatum: opt.peildatum,
    casussen: gekozen.length,
    gemeenteGefilterd,
    n: s.n,
    gemiddeldeDagen: s.gemiddeldeDagen,
    langerDan6Weken: s.langerDan6Weken,
    langerDan3Maanden: s.langerDan3Maanden,
  };
}
