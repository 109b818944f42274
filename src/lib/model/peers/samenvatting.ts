/**
 * samenvatting(): de gemeente naast haar referentiegroep — gemiddelde (ongewogen), mediaan,
 * min, max, en rang onder de referentiegemeenten en landelijk. Ontbrekend wordt uitgesloten
 * en geteld, nooit als 0 meegenomen. "Hoog" is niet "slecht": rang 1 = hoogste waarde.
 */
import { plaatsIn } from '../rang.ts';

export interface Rang {
  /** 1 = hoogste waarde; gelijke waarden delen de rang (1, 2, 2, 4). */
  rang: number;
  /** Aantal gemeenten met een waarde in deze rangorde (inclusief de gemeente zelf). */
  van: number;
  /** true als minstens één andere gemeente precies dezelfde waarde heeft. */
  gedeeld: boolean;
}

export interface Samenvatting {
  waarde: number | null;
  /** Aantal referentiegemeenten met een waarde. */
  n: number;
  /** Aantal referentiegemeenten zonder waarde (uitgesloten). */
  ontbrekend: number;
  gemiddelde: number | null;
  mediaan: number | null;
  min: number | null;
  max: number | null;
  rangInGroep: Rang | null;
  rangLandelijk: Rang | null;
  /** Aantal gemeenten zonder waarde in de landelijke lijst. */
  ontbrekendLandelijk: number;
}

const geldig = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

export function mediaan(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Rang van `eigen` in `anderen` (zonder de gemeente zelf); standaard competitierang. */
function rangVan(eigen: number, anderen: number[]): Rang {
  const p = plaatsIn(anderen, eigen)!;
  return { rang: p.rang, van: anderen.length + 1, gedeeld: p.gelijk > 0 };
}

/**
 * @param waarde   waarde van de gekozen gemeente (null = geen gegevens)
 * @param peers    waarden van de referentiegemeenten (zonder de gemeente zelf)
 * @param landelijk optioneel: waarden van *alle andere* gemeenten (zonder de gekozen gemeente),
 *                 voor de landelijke rang. Geef een Map code→waarde plus `code` om de gemeente
 *                 zelf er automatisch uit te halen.
 */
export function samenvatting(
  waarde: number | null,
  peers: readonly (number | null)[],
  landelijk?: readonly (number | null)[] | { waarden: ReadonlyMap<string, number | null>; code: string },
): Samenvatting {
  const p = peers.filter(geldig);
  let anderenNl: (number | null)[] | null = null;
  if (landelijk) {
    if (Array.isArray(landelijk)) anderenNl = [...landelijk];
    else {
      const l = landelijk as { waarden: ReadonlyMap<string, number | null>; code: string };
      anderenNl = [...l.waarden].filter(([c]) => c !== l.code).map(([, v]) => v);
    }
  }
  const nl = anderenNl?.filter(geldig) ?? [];
  const eigen = geldig(waarde) ? waarde : null;
  return {
    waarde: eigen,
    n: p.length,
    ontbrekend: peers.length - p.length,
    gemiddelde: p.length ? p.reduce((a, b) => a + b, 0) / p.length : null,
    mediaan: mediaan(p),
    min: p.length ? Math.min(...p) : null,
    max: p.length ? Math.max(...p) : null,
    rangInGroep: eigen != null && p.length ? rangVan(eigen, p) : null,
    rangLandelijk: eigen != null && anderenNl ? rangVan(eigen, nl) : null,
    ontbrekendLandelijk: anderenNl ? anderenNl.length - nl.length : 0,
  };
}
