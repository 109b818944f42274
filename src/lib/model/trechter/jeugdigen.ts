/**
 * Schatting van het aantal jeugdigen per gemeente — de noemer van het jeugdzorgaandeel staat niet
 * in KWB 2021. Daarom een *schatting* uit inwoners en de KWB-leeftijdsaandelen:
 *
 *   0–17 jaar ≈ inwoners × (aandeel onder 15 + 3/10 × aandeel 15–24) / 100
 *
 * 3/10: de leeftijden 15, 16 en 17 zijn 3 van de 10 jaargangen in 15–24; we nemen aan dat die
 * jaargangen even groot zijn (in werkelijkheid zijn ze per gemeente anders, bv. in studentensteden).
 *
 * LET OP, noemer onzeker: CBS `PercentageJongerenMetJeugdzorg_88` (KWB 2021) deelt het aantal
 * jongeren met jeugdzorg in natura door een leeftijdsgroep die in de KWB-toelichting niet eenduidig
 * in onze bronbestanden staat (jeugdhulp telt tot 18 jaar, jeugdzorg kan doorlopen tot 23 jaar).
 * Daarom kan de aanroeper de bovengrens kiezen: 18 (0–17, standaard) of 23 (0–22 ≈ onder 15 +
 * 8/10 × 15–24). De uitkomst is altijd gemarkeerd als schatting (`geschat: true`).
 */

export interface GeschatAantal {
  waarde: number | null;
  geschat: true;
  leeftijd: '0–17' | '0–22';
  toelichting: string;
}

export function schatJeugdigen(
  inwoners: number | null,
  pctOnder15: number | null,
  pct15tot25: number | null,
  bovengrens: 18 | 23 = 18,
): GeschatAantal {
  const fractie = bovengrens === 18 ? 3 / 10 : 8 / 10;
  const leeftijd = bovengrens === 18 ? '0–17' : '0–22';
  const toelichting =
    `Geschat aantal jeugdigen van ${leeftijd} jaar: inwoners × (aandeel onder 15 jaar + ` +
    `${bovengrens === 18 ? '3' : '8'}/10 van het aandeel 15 tot 25 jaar); bewerking Jeugdzorg Verkenner op CBS Kerncijfers wijken en buurten.`;
  const ok = (v: number | null): v is number => v != null && Number.isFinite(v) && v >= 0;
  if (!ok(inwoners) || !ok(pctOnder15) || !ok(pct15tot25)) return { waarde: null, geschat: true, leeftijd, toelichting };
  return { waarde: (inwoners * (pctOnder15 + fractie * pct15tot25)) / 100, geschat: true, leeftijd, toelichting };
}
