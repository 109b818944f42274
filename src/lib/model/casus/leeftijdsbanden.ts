// Age bands named by their bounds ("8-11", "16+"): the bounds are read from the code, so a band's
// name and the ages it holds cannot disagree. An open band ("16+") runs up to `plafond`.
interface Leeftijdsbandgrenzen<C extends string> {
  code: C;
  van: number;
  tot: number;
}

export function leeftijdsbanden<const C extends string>(codes: readonly C[], plafond: number): readonly Leeftijdsbandgrenzen<C>[] {
  return codes.map((code) => {
    const [van, tot] = code.split(/[-+]/);
    return { code, van: Number(van), tot: tot ? Number(tot) : plafond };
  });
}
