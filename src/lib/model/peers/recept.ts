/**
 * Recept ↔ korte URL-tekst. Alleen URL-veilige tekens (a–z, 0–9, '.', '-').
 *
 *   buren
 *   gelijkend.k10.finw-sted-ink
 *   handmatig.bgelijkend.k5.finw.p0150-0200.m0301
 *
 * Tokens na de methode: k<getal> (aantal), f<kort-kort> (kenmerken), b<methode> (basis bij
 * handmatig), p<code-code> (toegevoegd), m<code-code> (verwijderd); codes zonder "GM".
 * Elke afwijking (onbekend token, dubbel token, ongeldige code, te lang) → afgewezen.
 */
import { KENMERKEN, MAX_K } from './kenmerken.ts';
import { normaliseerInstellingen } from './referentiegroep.ts';
import type { BasisMethode, Kenmerk, Methode, Recept } from './types.ts';

const METHODEN: readonly Methode[] = ['studie', 'buren', 'grootteklasse', 'stedelijkheid', 'gelijkend', 'handmatig'];
const MAX_LENGTE = 2000;
const MAX_CODES = 400;

const kortVan = new Map(KENMERKEN.map((k) => [k.kenmerk, k.kort]));
const kenmerkVanKort = new Map(KENMERKEN.map((k) => [k.kort, k.kenmerk]));

/** Vult defaults in en sorteert lijsten, zodat gelijke vergelijkingen gelijke teksten geven. */
export function normaliseerRecept(r: Recept): Recept {
  const { methode, ...inst } = r;
  return { methode, ...normaliseerInstellingen(methode, inst) };
}

export function encodeRecept(r: Recept): string {
  const n = normaliseerRecept(r);
  const delen: string[] = [n.methode];
  if (n.basis) delen.push(`b${n.basis}`);
  if (n.k != null) delen.push(`k${n.k}`);
  if (n.kenmerken) delen.push(`f${n.kenmerken.map((k) => kortVan.get(k)).join('-')}`);
  if (n.toevoegen?.length) delen.push(`p${n.toevoegen.map((c) => c.slice(2)).join('-')}`);
  if (n.verwijderen?.length) delen.push(`m${n.verwijderen.map((c) => c.slice(2)).join('-')}`);
  return delen.join('.');
}

export type ReceptUitkomst = { ok: true; recept: Recept } | { ok: false; fout: string };

/** Leest een recept-tekst; geeft bij onzin een Nederlandse foutmelding in plaats van te crashen. */
export function leesRecept(invoer: unknown): ReceptUitkomst {
  if (typeof invoer !== 'string' || !invoer) return { ok: false, fout: 'leeg of geen tekst' };
  if (invoer.length > MAX_LENGTE) return { ok: false, fout: 'recept is te lang' };
  if (!/^[a-z0-9.-]+$/.test(invoer)) return { ok: false, fout: 'recept bevat ongeldige tekens' };
  const [methode, ...tokens] = invoer.split('.');
  if (!METHODEN.includes(methode as Methode)) return { ok: false, fout: `onbekende methode "${methode}"` };
  const m = methode as Methode;
  const gezien = new Set<string>();
  const r: Recept = { methode: m };
  const codes = (s: string, wat: string): string[] | string => {
    const xs = s.split('-');
    if (xs.length > MAX_CODES) return `te veel gemeenten bij ${wat}`;
    for (const x of xs) if (!/^\d{4}$/.test(x)) return `ongeldige gemeentecode "${x}" bij ${wat}`;
    return xs.map((x) => `GM${x}`);
  };
  for (const t of tokens) {
    const soort = t[0];
    const rest = t.slice(1);
    if (!soort) return { ok: false, fout: 'leeg onderdeel' };
    if (gezien.has(soort)) return { ok: false, fout: `onderdeel "${soort}" komt twee keer voor` };
    gezien.add(soort);
    switch (soort) {
      case 'k': {
        if (!/^\d{1,2}$/.test(rest)) return { ok: false, fout: `ongeldig aantal "${rest}"` };
        const k = Number(rest);
        if (k < 1 || k > MAX_K) return { ok: false, fout: `aantal moet tussen 1 en ${MAX_K} liggen` };
        r.k = k;
        break;
      }
      case 'f': {
        const ks: Kenmerk[] = [];
        for (const x of rest ? rest.split('-') : []) {
          const k = kenmerkVanKort.get(x);
          if (!k) return { ok: false, fout: `onbekend kenmerk "${x}"` };
          ks.push(k);
        }
        r.kenmerken = ks;
        break;
      }
      case 'b': {
        if (m !== 'handmatig') return { ok: false, fout: 'een basis kan alleen bij handmatig' };
        if (!METHODEN.includes(rest as Methode) || rest === 'handmatig') return { ok: false, fout: `ongeldige basis "${rest}"` };
        r.basis = rest as BasisMethode;
        break;
      }
      case 'p':
      case 'm': {
        if (m !== 'handmatig') return { ok: false, fout: 'toevoegen/verwijderen kan alleen bij handmatig' };
        const cs = codes(rest, soort === 'p' ? 'toevoegen' : 'verwijderen');
        if (typeof cs === 'string') return { ok: false, fout: cs };
        if (soort === 'p') r.toevoegen = cs;
        else r.verwijderen = cs;
        break;
      }
      default:
        return { ok: false, fout: `onbekend onderdeel "${t}"` };
    }
  }
  const gelijkendParams = m === 'gelijkend' || (m === 'handmatig' && r.basis === 'gelijkend');
  if (!gelijkendParams && (r.k != null || r.kenmerken)) {
    return { ok: false, fout: 'aantal en kenmerken horen alleen bij gelijkend' };
  }
  return { ok: true, recept: normaliseerRecept(r) };
}

/** Recept of null (onzin wordt veilig afgewezen). */
export function decodeRecept(invoer: unknown): Recept | null {
  const u = leesRecept(invoer);
  return u.ok ? u.recept : null;
}

/**
 * Add or remove one member by hand. Any method turns into "handmatig" with that method as its base;
 * on a hand-made group, adding a member that was removed undoes the removal (and the other way
 * round), so the recipe stays as short as the change.
 */
export function wijzigLid(recept: Recept, code: string, wat: 'toevoegen' | 'verwijderen'): Recept {
  const tegendeel = wat === 'toevoegen' ? 'verwijderen' : 'toevoegen';
  if (recept.methode !== 'handmatig') {
    const { methode, ...inst } = recept;
    return { methode: 'handmatig', basis: methode, ...inst, [wat]: [code] };
  }
  const zonder = (recept[tegendeel] ?? []).filter((c) => c !== code);
  const wasTegendeel = zonder.length !== (recept[tegendeel] ?? []).length;
  return { ...recept, [tegendeel]: zonder, [wat]: wasTegendeel ? recept[wat] : [...(recept[wat] ?? []), code] };
}
