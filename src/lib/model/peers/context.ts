/**
 * Context voor referentiegroepen: index, standaardisatie en de burenlijst.
 * Eén keer bouwen per tabel; daarna is elke referentiegroep een goedkope berekening.
 */
import { KENMERKEN, kenmerkWaarde } from './kenmerken.ts';
import type { Burenkaart, GemeenteRij, Kenmerk, PeerContext } from './types.ts';

export function maakContext(invoer: {
  gemeenten: GemeenteRij[];
  buren: Burenkaart;
  studieSets?: Record<string, string[]>;
}): PeerContext {
  const index = new Map<string, GemeenteRij>();
  for (const r of invoer.gemeenten) index.set(r.code, r);
  const stats = {} as PeerContext['stats'];
  for (const info of KENMERKEN) {
    const xs: number[] = [];
    for (const r of invoer.gemeenten) {
      const v = getransformeerd(r, info.kenmerk, info.log);
      if (v != null) xs.push(v);
    }
    const gem = xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
    // Steekproef-sd; bij 0 of 1 waarde (of allemaal gelijk) delen we door 1 om NaN te voorkomen.
    const variantie = xs.length > 1 ? xs.reduce((a, b) => a + (b - gem) ** 2, 0) / (xs.length - 1) : 0;
    stats[info.kenmerk] = { gem, sd: Math.sqrt(variantie) || 1, n: xs.length };
  }
  return { rijen: invoer.gemeenten, index, buren: invoer.buren, studieSets: invoer.studieSets ?? {}, stats };
}

function getransformeerd(r: GemeenteRij, k: Kenmerk, log: boolean): number | null {
  const v = kenmerkWaarde(r, k);
  if (v == null) return null;
  if (log) return v > 0 ? Math.log10(v) : null;
  return v;
}

/** z-score van een kenmerk (inwoners op log10-schaal); null als de waarde ontbreekt. */
export function zScore(ctx: PeerContext, r: GemeenteRij, k: Kenmerk): number | null {
  const info = KENMERKEN.find((i) => i.kenmerk === k)!;
  const v = getransformeerd(r, k, info.log);
  if (v == null) return null;
  const s = ctx.stats[k];
  return (v - s.gem) / s.sd;
}

/**
 * Leest `data/geo/buren-2022.csv` (`code;buur_code[;grens]`). Symmetrie wordt afgedwongen:
 * staat A;B erin, dan is B ook buur van A. Fouten noemen de regel.
 */
export function parseBurenCsv(tekst: string, bestand = 'buren-2022.csv'): Burenkaart {
  const kaart: Burenkaart = new Map();
  const regels = tekst.split(/\r?\n/);
  const kop = regels[0]?.trim().split(';') ?? [];
  if (kop[0] !== 'code' || kop[1] !== 'buur_code') {
    throw new Error(`${bestand}, regel 1: verwacht kop "code;buur_code", gevonden "${regels[0] ?? ''}"`);
  }
  const voegToe = (a: string, b: string, grens: 'lijn' | 'punt') => {
    let l = kaart.get(a);
    if (!l) kaart.set(a, (l = []));
    if (!l.some((x) => x.code === b)) l.push({ code: b, grens });
  };
  for (let i = 1; i < regels.length; i++) {
    const regel = regels[i].trim();
    if (!regel) continue;
    const [a, b, g] = regel.split(';');
    if (!/^GM\d{4}$/.test(a ?? '') || !/^GM\d{4}$/.test(b ?? '')) {
      throw new Error(`${bestand}, regel ${i + 1}: ongeldige gemeentecode in "${regel}"`);
    }
    if (a === b) throw new Error(`${bestand}, regel ${i + 1}: gemeente ${a} is buur van zichzelf`);
    const grens = g === 'punt' ? 'punt' : 'lijn';
    voegToe(a, b, grens);
    voegToe(b, a, grens);
  }
  for (const l of kaart.values()) l.sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
  return kaart;
}

/**
 * Referentiegemeenten uit de studie (seed 003, Tabel 1, r. 1236–1262), als CBS-codes.
 * De aanroeper geeft dit door als `studieSets`; de namen staan in de bron, de codes zijn opgezocht
 * (gemeentelijke indeling 2021/2022). Utrecht: de bron noemt de G4-steden apart (r. 1551–1553).
 */
export const STUDIE_REFERENTIES_SEED003: Record<string, string[]> = {
  GM0150: ['GM0200', 'GM0202', 'GM0301', 'GM0193'], // Deventer: Apeldoorn, Arnhem, Zutphen, Zwolle
  GM0297: ['GM1959', 'GM0214', 'GM0797', 'GM0263', 'GM1960'], // Zaltbommel: Altena, Buren, Heusden, Maasdriel, West Betuwe
  GM1674: ['GM0748', 'GM0758', 'GM0664', 'GM0505'], // Roosendaal: Bergen op Zoom, Breda, Goes, Dordrecht
  GM1894: ['GM0889', 'GM1507', 'GM1640', 'GM0946'], // Peel en Maas: Beesel, Horst aan de Maas, Leudal, Nederweert
  GM0344: ['GM0307', 'GM0402', 'GM0513', 'GM0363', 'GM0518', 'GM0599'], // Utrecht: Amersfoort, Hilversum, Gouda, Amsterdam, Den Haag, Rotterdam
};
