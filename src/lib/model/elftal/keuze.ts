/**
 * The elftal page's choices in the URL parameter `el` (app.elftal). This module owns the grammar;
 * src/lib/url/staat.ts only checks the alphabet [A-Za-z0-9._~,:+-] and length. Typed amounts live
 * only here, in the address bar of this browser: they leave it only when the user shares the link.
 *
 * Grammar: comma-separated `key:value` parts, lists joined with `+`, defaults left out:
 *   k:<taakveld><a|m|v>+…   mapping that differs from the standard (6.72m = 6.72 on the middenveld)
 *   w:<taakveld>~<euro>+…    typed amounts, euro per inwoner, decimal point (6.1~12.5)
 *   x:<procent>              scenario: move this % from verdediging to aanval (0–100, default 10)
 * Decoding never throws: an unknown key, taakveld or value is dropped with a Dutch message.
 */
import { LINIES, TAAKVELDEN, OnbekendTaakveldFout, standaardKoppeling, taakveld, type Koppeling, type Linie } from './taakvelden.ts';

export interface ElftalKeuze {
  koppeling: Koppeling;
  /** taakveld → typed euro per inwoner */
  invoer: Record<string, number>;
  /** scenario percentage (default STANDAARD_VERSCHUIVING) */
  verschuiving: number;
}

/** The scenario starts at 10 %: 0 % would show a scenario that moves nothing. */
export const STANDAARD_VERSCHUIVING = 10;

export function standaardElftal(): ElftalKeuze {
  return { koppeling: standaardKoppeling(), invoer: {}, verschuiving: STANDAARD_VERSCHUIVING };
}

const LETTER: Record<Linie, string> = { aanval: 'a', middenveld: 'm', verdediging: 'v' };
const UIT_LETTER = new Map(LINIES.map((l) => [LETTER[l], l]));
const BEDRAG = /^\d{1,7}(\.\d{1,2})?$/;
const volgorde = (a: string, b: string) => TAAKVELDEN.findIndex((t) => t.code === a) - TAAKVELDEN.findIndex((t) => t.code === b);

export function encodeElftal(k: ElftalKeuze): string {
  const delen: string[] = [];
  const std = standaardKoppeling();
  const afwijkend = Object.keys(k.koppeling).filter((c) => k.koppeling[c] !== std[c]).sort(volgorde);
  if (afwijkend.length) delen.push(`k:${afwijkend.map((c) => `${c}${LETTER[k.koppeling[c]]}`).join('+')}`);
  const ingevuld = Object.keys(k.invoer).sort(volgorde);
  if (ingevuld.length) delen.push(`w:${ingevuld.map((c) => `${c}~${Math.round(k.invoer[c] * 100) / 100}`).join('+')}`);
  if (k.verschuiving !== STANDAARD_VERSCHUIVING) delen.push(`x:${k.verschuiving}`);
  return delen.join(',');
}

export function decodeElftal(tekst: string): { keuze: ElftalKeuze; meldingen: string[] } {
  const keuze = standaardElftal();
  const meldingen: string[] = [];
  const bekend = (code: string): boolean => {
    try {
      taakveld(code);
      return true;
    } catch (e) {
      if (e instanceof OnbekendTaakveldFout) meldingen.push(`Elftal in de link: ${e.message}; genegeerd.`);
      return false;
    }
  };
  for (const deel of tekst ? tekst.split(',') : []) {
    const i = deel.indexOf(':');
    const sleutel = i < 0 ? deel : deel.slice(0, i);
    const waarde = i < 0 ? '' : deel.slice(i + 1);
    if (sleutel === 'k') {
      for (const x of waarde.split('+')) {
        const linie = UIT_LETTER.get(x.slice(-1));
        const code = x.slice(0, -1);
        if (!linie) meldingen.push(`Elftal in de link: indeling '${x}' is niet geldig; genegeerd.`);
        else if (bekend(code)) keuze.koppeling[code] = linie;
      }
    } else if (sleutel === 'w') {
      for (const x of waarde.split('+')) {
        const [code, bedrag] = x.split('~');
        if (!bedrag || !BEDRAG.test(bedrag)) meldingen.push(`Elftal in de link: bedrag '${x}' is niet geldig; genegeerd.`);
        else if (bekend(code)) keuze.invoer[code] = Number(bedrag);
      }
    } else if (sleutel === 'x') {
      const p = Number(waarde);
      if (/^\d{1,3}$/.test(waarde) && p <= 100) keuze.verschuiving = p;
      else meldingen.push(`Elftal in de link: verschuiving '${waarde}' is niet geldig (0–100); genegeerd.`);
    } else meldingen.push(`Elftal in de link: onderdeel '${deel}' is onbekend; genegeerd.`);
  }
  return { keuze, meldingen };
}

/**
 * A typed amount (euro per inwoner), Dutch first: "12,50", "1.234", "1.234,5"; a point with one or
 * two decimals ("12.5") is read as a decimal point. Anything else is refused with the reason.
 */
export function leesBedrag(tekst: string): { waarde: number } | { fout: string } {
  const t = tekst.trim().replace(/^€\s*/, '');
  if (t === '') return { fout: 'leeg' };
  let getal: number | null = null;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(t)) getal = Number(t.replace(/\./g, '').replace(',', '.'));
  else if (/^\d{1,7}(,\d{1,2})?$/.test(t)) getal = Number(t.replace(',', '.'));
  else if (/^\d{1,7}\.\d{1,2}$/.test(t)) getal = Number(t);
  if (getal === null || !Number.isFinite(getal)) return { fout: `'${t.slice(0, 20)}' is geen bedrag; gebruik cijfers met een decimale komma, bijv. 125,50` };
  if (getal > 9_999_999) return { fout: 'bedrag te groot voor euro per inwoner' };
  return { waarde: getal };
}
