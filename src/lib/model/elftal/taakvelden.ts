/**
 * Iv3 taakvelden → the three lines of seed 004's football metaphor (docs/elftal.md).
 * Main-chapter mapping (seed 004 L794–818, L2084–2087): aanval = basis and prevention,
 * middenveld = local teams and generalist help, verdediging = (highly) specialist, residential
 * and crisis care. The appendix blog (L5309–5311) calls specialist support "middenveld"; we do
 * not follow it and say so on the page.
 */
export const LINIES = ['aanval', 'middenveld', 'verdediging'] as const;
export type Linie = (typeof LINIES)[number];

export interface Taakveld {
  /** Iv3 code, e.g. "6.72" */
  code: string;
  naam: string;
  naamEn: string;
  standaard: Linie;
  /** Why it lands there, or what the line also contains. */
  noot: string;
  /** Import indicator code (long format, data/README.md): lasten in euro per inwoner. */
  indicator: string;
}

// One taakveld a line: a table to read down, like the Iv3 list it comes from.
export const TAAKVELDEN: readonly Taakveld[] = [
  { code: '6.1', naam: 'Samenkracht en burgerparticipatie', naamEn: 'Community strength and civic participation', standaard: 'aanval', indicator: 'elftal_tv_6_1', noot: 'jongerenwerk, buurtinitiatieven, informele steun (seed 004 L794–796); bevat ook niet-jeugdactiviteiten' },
  { code: '6.2', naam: 'Wijkteams (vanaf 2023: toegang en eerstelijnsvoorzieningen)', naamEn: 'Local teams (from 2023: access and first-line services)', standaard: 'middenveld', indicator: 'elftal_tv_6_2', noot: 'lokale teams en generalisten (seed 004 L802–809, L2085–2086)' },
  { code: '6.72', naam: 'Maatwerkdienstverlening 18-', naamEn: 'Customised services under 18', standaard: 'verdediging', indicator: 'elftal_tv_6_72', noot: 'individuele jeugdhulp; bevat ook ambulante hulp die de hoofdtekst tot het middenveld rekent — pas de indeling aan als u dat deel apart kent' },
  { code: '6.82', naam: 'Geëscaleerde zorg 18-', naamEn: 'Escalated care under 18', standaard: 'verdediging', indicator: 'elftal_tv_6_82', noot: 'jeugdbescherming, crisis, gesloten jeugdzorg (seed 004 L811–813)' },
] as const;

export type Koppeling = Record<string, Linie>;

export function standaardKoppeling(): Koppeling {
  return Object.fromEntries(TAAKVELDEN.map((t) => [t.code, t.standaard]));
}

/** A taakveld the mapping does not know: named, so the page can say which one. */
export class OnbekendTaakveldFout extends Error {
  constructor(public readonly taakveld: string) {
    super(`Taakveld '${taakveld}' staat niet in de indeling van het elftal (bekend: ${TAAKVELDEN.map((t) => t.code).join(', ')})`);
    this.name = 'OnbekendTaakveldFout';
  }
}

export function taakveld(code: string): Taakveld {
  const t = TAAKVELDEN.find((x) => x.code === code);
  if (!t) throw new OnbekendTaakveldFout(code);
  return t;
}

/** The line a taakveld plays on under this mapping; unknown taakveld → OnbekendTaakveldFout. */
export function linieVan(code: string, koppeling: Koppeling = standaardKoppeling()): Linie {
  taakveld(code);
  return koppeling[code] ?? taakveld(code).standaard;
}
