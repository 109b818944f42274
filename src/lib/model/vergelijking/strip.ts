// All gemeenten on one axis, with the chosen gemeente and its size-class peers picked out.
import type { StripRij } from '../../db/vragen';
import { plaatsIn } from '../rang.ts';

export type StripGroep = 'gekozen' | 'klasse' | 'overig';

export interface StripPunt {
  code: string;
  naam: string;
  waarde: number;
  groep: StripGroep;
  opgeheven: boolean;
}

export interface Strip {
  punten: StripPunt[];
  /** 1 = highest value; ties share the best rank. Null when the gemeente has no value. */
  rang: number | null;
  rangInKlasse: number | null;
  n: number;
  nKlasse: number;
  /** Gemeenten in the list without a value (shown as missing, never as zero). */
  zonderWaarde: number;
  gekozenWaarde: number | null;
}

/** The chosen gemeente, a gemeente in its size class, or any other: the strip's marks and its table's "Groep" column. */
export function stripGroep(r: Pick<StripRij, 'code' | 'grootteklasse'>, gekozen: string, klasse: string | null | undefined): StripGroep {
  return r.code === gekozen ? 'gekozen' : klasse && r.grootteklasse === klasse ? 'klasse' : 'overig';
}

export function maakStrip(rijen: StripRij[], gekozen: string): Strip {
  const g = rijen.find((r) => r.code === gekozen);
  const klasse = g?.grootteklasse ?? null;
  const punten: StripPunt[] = [];
  let zonderWaarde = 0;
  for (const r of rijen) {
    if (r.waarde === null || r.waarde === undefined) {
      zonderWaarde++;
      continue;
    }
    const groep = stripGroep(r, gekozen, klasse);
    punten.push({ code: r.code, naam: r.naam, waarde: r.waarde, groep, opgeheven: !!r.opgeheven_per });
  }
  const gekozenWaarde = g?.waarde ?? null;
  const inKlasse = punten.filter((p) => p.groep !== 'overig');
  return {
    punten,
    rang: rangVan(gekozenWaarde, punten),
    rangInKlasse: klasse ? rangVan(gekozenWaarde, inKlasse) : null,
    n: punten.length,
    nKlasse: inKlasse.length,
    zonderWaarde,
    gekozenWaarde,
  };
}

function rangVan(waarde: number | null, punten: StripPunt[]): number | null {
  return plaatsIn(punten.map((p) => p.waarde), waarde)?.rang ?? null;
}
