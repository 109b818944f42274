// Conservative unit guess for an indicator the app does not know, from the unit a StatLine download
// prints (unit row) or, failing that, the column label. Only unambiguous spellings are mapped;
// everything else is 'onbekend', so a figure is never formatted as € or % on a hunch.
// Result codes are the app's own unit codes (data/indicatoren.csv: euro, procent, aantal,
// x1000_euro, per_1000) or 'onbekend'.

export type GeradenEenheid = 'euro' | 'procent' | 'aantal' | 'x1000_euro' | 'per_1000' | 'onbekend';

const EENHEID_REGELS: [RegExp, GeradenEenheid][] = [
  [/^%$|^procent(en)?$|^percentage$/i, 'procent'],
  [/^(x|×)\s?1[ .]?000\s?euro$|^(x|×)\s?€\s?1[ .]?000$|^1[ .]?000\s?euro$/i, 'x1000_euro'],
  [/^euro'?s?$|^€$/i, 'euro'],
  [/^aantal(len)?$/i, 'aantal'],
  [/^per 1[ .]?000( inwoners)?$/i, 'per_1000'],
];

// In a label only a trailing unit in brackets counts ("Lasten (euro)", "Aandeel (%)"): words such as
// "percentage" inside a sentence are too loose.
const LABEL_EENHEID = /\(([^()]{1,30})\)\s*$/;

export function raadEenheid(eenheidCel: string, label = ''): GeradenEenheid {
  const kandidaten = [eenheidCel.trim()];
  const m = LABEL_EENHEID.exec(label.trim());
  if (m) kandidaten.push(m[1].trim());
  for (const k of kandidaten) {
    if (!k) continue;
    for (const [re, e] of EENHEID_REGELS) if (re.test(k)) return e;
  }
  return 'onbekend';
}
