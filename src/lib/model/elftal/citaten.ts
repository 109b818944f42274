/**
 * The book's words next to the elftal and the scenario (seed 004, Doodkorte, Tussen beleid en
 * leefwereld; lines checked against seeds/004_987e6c3cea13922c.txt). Dutch as printed; the English
 * is our translation.
 */
export interface Citaat {
  id: string;
  nl: string;
  en: string;
  regels: [number, number];
}

// One quote a line, as in raadsvragen.ts: the lines stand next to the words they point at.
export const BEELD: Citaat = { id: 'elftal', regels: [610, 611], nl: 'Stel je een voetbalelftal voor met negen verdedigers, één keeper en een verdwaalde middenvelder. Niemand mag over de middellijn, want we mogen geen doelpunten tegen krijgen.', en: 'Imagine a football team with nine defenders, one goalkeeper and one stray midfielder. Nobody may cross the halfway line, because we must not concede goals.' };

export const ADVIES: readonly Citaat[] = [
  { id: 'ondergrens', regels: [832, 834], nl: 'Een eerste keuze is het afspreken van een minimale norm voor basisondersteuning en preventie: een ondergrens waaronder niet wordt bezuinigd. Gemeenten kunnen in hun begroting expliciet vastleggen dat een bepaald percentage van het jeugdbudget altijd wordt geïnvesteerd in de basis', en: 'A first choice is to agree a minimum standard for basic support and prevention: a floor below which no cuts are made. Municipalities can record explicitly in their budget that a certain percentage of the youth budget is always invested in the basis' },
  { id: 'groeikosten', regels: [854, 855], nl: 'In enkele regio’s kiezen gemeenten er bewust voor om een deel van de groeikosten in de top te verschuiven naar de basis, met een meerjarig plan en duidelijke leerdoelen.', en: 'In some regions municipalities deliberately move part of the growth costs at the top to the basis, with a multi-year plan and clear learning goals.' },
  { id: 'niet_zonder', regels: [3578, 3580], nl: 'Bescherm preventie en basisondersteuning in de begroting met een minimale ondergrens. Spreek politiek uit dat je niet bezuinigt op de aanval zonder tegelijk te kijken naar het volume in de verdediging.', en: 'Protect prevention and basic support in the budget with a minimum floor. Say politically that you do not cut the attack without also looking at the volume in the defence.' },
  { id: 'koppel', regels: [3582, 3583], nl: 'Koppel investeringen in specialistische zorg aan afspraken over het versterken van de basis: een deel van groeikosten in de top verschuift bewust naar het fundament.', en: 'Link investments in specialist care to agreements on strengthening the basis: part of the growth costs at the top deliberately moves to the foundation.' },
];
