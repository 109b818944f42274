/**
 * referentiegroep(): kies referentiegemeenten voor één gemeente en leg uit waarom.
 * Methoden: studie, buren, grootteklasse, stedelijkheid, gelijkend, handmatig.
 * Deterministisch: bij gelijke afstand of volgorde beslist de gemeentecode.
 * The explanation, reasons and warnings are written in the language asked for, from the one
 * dictionary (peer_ keys), so each sentence has one home and nothing re-words it afterwards.
 */
import { formatGetal, formatLijst } from '../../i18n/format';
import { tekst, vertaler, type Vertaler } from '../../i18n/teksten';
import type { Taal } from '../../i18n/taal';
import { zScore } from './context.ts';
import {
  KENMERK_INFO,
  MAX_K,
  STANDAARD_K,
  STANDAARD_KENMERKEN,
  formatKenmerk,
  grootteklasseLabel,
  grootteklasseVan,
  kenmerkLabel,
  kenmerkWaarde,
  stedelijkheidLabel,
} from './kenmerken.ts';
import type {
  BasisMethode,
  Bijdrage,
  GemeenteRij,
  Instellingen,
  Kenmerk,
  Lid,
  Methode,
  PeerContext,
  Recept,
  Referentiegroep,
} from './types.ts';

/** "buurgemeenten" / "neighbouring municipalities". */
export function methodeLabel(m: Methode, taal: Taal): string {
  return tekst(taal, `peer_methode_${m}`);
}

/** What a method's sentences need: the language's translator and the chosen gemeente's name. */
interface Zeg {
  taal: Taal;
  T: Vertaler;
  naam: string;
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function naamVan(ctx: PeerContext, code: string): string {
  return ctx.index.get(code)?.naam || code;
}

/** Zet instellingen om in een volledige, genormaliseerde vorm (defaults ingevuld, lijsten gesorteerd/uniek). */
export function normaliseerInstellingen(methode: Methode, inst: Instellingen = {}): Instellingen {
  if (methode === 'gelijkend') {
    const k = Number.isInteger(inst.k) && inst.k! >= 1 ? Math.min(inst.k!, MAX_K) : STANDAARD_K;
    const gekozen = (inst.kenmerken ?? STANDAARD_KENMERKEN).filter((x) => x in KENMERK_INFO);
    // Vaste volgorde (die van KENMERKEN), zodat dezelfde keuze altijd hetzelfde recept geeft.
    const kenmerken = (Object.keys(KENMERK_INFO) as Kenmerk[]).filter((x) => gekozen.includes(x));
    return { k, kenmerken };
  }
  if (methode === 'handmatig') {
    const uniek = (xs?: string[]) => [...new Set(xs ?? [])].sort();
    const uit: Instellingen = { toevoegen: uniek(inst.toevoegen), verwijderen: uniek(inst.verwijderen) };
    if (inst.basis && inst.basis !== ('handmatig' as string)) {
      uit.basis = inst.basis;
      if (inst.basis === 'gelijkend') Object.assign(uit, normaliseerInstellingen('gelijkend', inst));
    }
    return uit;
  }
  return {};
}

/** Welke methoden zijn voor deze gemeente zinvol? (Studie alleen voor de 5 casusgemeenten.) */
export function beschikbareMethoden(code: string, ctx: PeerContext, taal: Taal): { methode: Methode; beschikbaar: boolean; reden?: string }[] {
  const T = vertaler(taal);
  const r = ctx.index.get(code);
  const uit: { methode: Methode; beschikbaar: boolean; reden?: string }[] = [];
  uit.push(
    code in ctx.studieSets
      ? { methode: 'studie', beschikbaar: true }
      : { methode: 'studie', beschikbaar: false, reden: T('peer_let_studie_alleen') },
  );
  const buren = ctx.buren.get(code) ?? [];
  uit.push(buren.length ? { methode: 'buren', beschikbaar: true } : { methode: 'buren', beschikbaar: false, reden: T('peer_let_buren') });
  const gk = r ? grootteklasseVan(r).code : null;
  uit.push(gk != null ? { methode: 'grootteklasse', beschikbaar: true } : { methode: 'grootteklasse', beschikbaar: false, reden: T('peer_let_inwoners') });
  uit.push(
    r?.stedelijkheid != null
      ? { methode: 'stedelijkheid', beschikbaar: true }
      : { methode: 'stedelijkheid', beschikbaar: false, reden: T('peer_let_stedelijkheid') },
  );
  uit.push(r ? { methode: 'gelijkend', beschikbaar: true } : { methode: 'gelijkend', beschikbaar: false, reden: T('peer_let_kenmerken') });
  uit.push({ methode: 'handmatig', beschikbaar: true });
  return uit;
}

/** Zelfde als `referentiegroep`, maar met een recept (zoals uit de URL). */
export function referentiegroepVanRecept(code: string, recept: Recept, ctx: PeerContext, taal: Taal): Referentiegroep {
  const { methode, ...inst } = recept;
  return referentiegroep(code, methode, inst, ctx, taal);
}

export function referentiegroep(
  code: string,
  methode: Methode,
  instellingen: Instellingen | undefined,
  ctx: PeerContext,
  taal: Taal,
): Referentiegroep {
  const inst = normaliseerInstellingen(methode, instellingen);
  const basis = { gemeente: code, methode, instellingen: inst };
  const r = ctx.index.get(code);
  const z: Zeg = { taal, T: vertaler(taal), naam: naamVan(ctx, code) };
  switch (methode) {
    case 'studie':
      return { ...basis, ...studie(code, z, ctx) };
    case 'buren':
      return { ...basis, ...buren(code, z, ctx) };
    case 'grootteklasse':
      return { ...basis, ...grootteklasse(r, code, z, ctx) };
    case 'stedelijkheid':
      return { ...basis, ...stedelijkheid(r, code, z, ctx) };
    case 'gelijkend':
      return { ...basis, ...gelijkend(r, code, z, inst.k!, inst.kenmerken!, ctx) };
    case 'handmatig':
      return { ...basis, ...handmatig(code, z, inst, ctx) };
  }
}

type Deel = Omit<Referentiegroep, 'gemeente' | 'methode' | 'instellingen'>;

function nietBeschikbaar(uitleg: string, waarschuwing: string): Deel {
  return { leden: [], uitleg, beschikbaar: false, waarschuwing };
}

function studie(code: string, { taal, T, naam }: Zeg, ctx: PeerContext): Deel {
  const set = ctx.studieSets[code];
  if (!set) {
    const casussen = formatLijst(Object.keys(ctx.studieSets).map((c) => naamVan(ctx, c)).sort((a, b) => a.localeCompare(b, 'nl')), taal);
    return nietBeschikbaar(T('peer_uitleg_studie_niet', { naam, casussen: casussen || T('peer_studie_casussen') }), T('peer_let_studie'));
  }
  const leden = set.filter((c) => c !== code).map((c) => ({ code: c, naam: naamVan(ctx, c), redenen: [T('peer_reden_studie')] }));
  return { leden, uitleg: T('peer_uitleg_studie', { naam, n: leden.length }), beschikbaar: true };
}

function buren(code: string, { taal, T, naam }: Zeg, ctx: PeerContext): Deel {
  const lijst = (ctx.buren.get(code) ?? []).filter((b) => b.code !== code);
  if (!lijst.length) {
    const [m1, m2] = (['gelijkend', 'grootteklasse'] as const).map((m) => methodeLabel(m, taal));
    return nietBeschikbaar(T('peer_uitleg_buren_niet', { naam, m1, m2 }), T('peer_let_buren'));
  }
  const leden = [...lijst].sort(byCode).map((b) => ({
    code: b.code,
    naam: naamVan(ctx, b.code),
    redenen: [T(b.grens === 'punt' ? 'peer_reden_punt' : 'peer_reden_grenst', { naam })],
  }));
  const punt = lijst.filter((b) => b.grens === 'punt').length;
  return {
    leden,
    uitleg: T('peer_uitleg_buren', { naam, n: leden.length, punt: punt ? T('peer_uitleg_buren_punt', { punt }) : '' }),
    beschikbaar: true,
  };
}

function grootteklasse(r: GemeenteRij | undefined, code: string, { taal, T, naam }: Zeg, ctx: PeerContext): Deel {
  const eigen = r ? grootteklasseVan(r) : { code: null, afgeleid: true };
  if (eigen.code == null) return nietBeschikbaar(T('peer_uitleg_grootteklasse_niet', { naam }), T('peer_let_grootteklasse'));
  const klasse = grootteklasseLabel(eigen.code, taal);
  const leden = ctx.rijen
    .filter((x) => x.code !== code && grootteklasseVan(x).code === eigen.code)
    .sort(byCode)
    .map((x) => ({ code: x.code, naam: x.naam || x.code, redenen: [T('peer_reden_grootteklasse', { klasse })] }));
  const afgeleid = eigen.afgeleid ? T('peer_uitleg_grootteklasse_afgeleid') : '';
  return {
    leden,
    uitleg: T('peer_uitleg_grootteklasse', { naam, n: leden.length, klasse, afgeleid }),
    beschikbaar: true,
    ...(leden.length ? {} : { waarschuwing: T('peer_let_grootteklasse_leeg') }),
  };
}

function stedelijkheid(r: GemeenteRij | undefined, code: string, { taal, T, naam }: Zeg, ctx: PeerContext): Deel {
  const s = r?.stedelijkheid ?? null;
  if (s == null) return nietBeschikbaar(T('peer_uitleg_stedelijkheid_niet', { naam }), T('peer_let_stedelijkheid'));
  const label = stedelijkheidLabel(s, taal);
  const leden = ctx.rijen
    .filter((x) => x.code !== code && x.stedelijkheid === s)
    .sort(byCode)
    .map((x) => ({ code: x.code, naam: x.naam || x.code, redenen: [T('peer_reden_stedelijkheid', { label, s })] }));
  return { leden, uitleg: T('peer_uitleg_stedelijkheid', { naam, label, s, n: leden.length }), beschikbaar: true };
}

function gelijkend(
  r: GemeenteRij | undefined,
  code: string,
  { taal, T, naam }: Zeg,
  k: number,
  kenmerken: Kenmerk[],
  ctx: PeerContext,
): Deel {
  if (!kenmerken.length) return nietBeschikbaar(T('peer_uitleg_gelijkend_geen_keuze'), T('peer_let_geen_keuze'));
  if (!r) return nietBeschikbaar(T('peer_uitleg_gelijkend_onbekend', { naam }), T('peer_let_kenmerken'));
  const labels = (ks: Kenmerk[]) => formatLijst(ks.map((km) => kenmerkLabel(km, taal)), taal);
  const eigenZ = kenmerken.map((km) => zScore(ctx, r, km));
  const ontbrekend = kenmerken.filter((_, i) => eigenZ[i] == null);
  if (ontbrekend.length) {
    const namen = labels(ontbrekend);
    return nietBeschikbaar(T('peer_uitleg_gelijkend_ontbreekt', { naam, kenmerken: namen }), T('peer_let_ontbreekt', { kenmerken: namen }));
  }
  let uitgesloten = 0;
  const kandidaten: { rij: GemeenteRij; afstand: number; dz: number[] }[] = [];
  for (const x of ctx.rijen) {
    if (x.code === code) continue;
    const dz: number[] = [];
    let som = 0;
    let mist = false;
    for (let i = 0; i < kenmerken.length; i++) {
      const z = zScore(ctx, x, kenmerken[i]);
      if (z == null) {
        mist = true;
        break;
      }
      const d = z - eigenZ[i]!;
      dz.push(d);
      som += d * d;
    }
    if (mist) {
      uitgesloten++;
      continue;
    }
    kandidaten.push({ rij: x, afstand: Math.sqrt(som), dz });
  }
  kandidaten.sort((a, b) => a.afstand - b.afstand || byCode(a.rij, b.rij));
  const leden: Lid[] = kandidaten.slice(0, k).map(({ rij, afstand, dz }) => {
    const bijdragen: Bijdrage[] = kenmerken
      .map((km, i) => ({ kenmerk: km, waarde: kenmerkWaarde(rij, km)!, eigen: kenmerkWaarde(r, km)!, zVerschil: dz[i] }))
      .sort((a, b) => Math.abs(a.zVerschil) - Math.abs(b.zVerschil) || kenmerken.indexOf(a.kenmerk) - kenmerken.indexOf(b.kenmerk));
    const redenen = bijdragen.slice(0, 2).map((b) =>
      T('peer_reden_gelijkend', {
        kenmerk: kenmerkLabel(b.kenmerk, taal),
        waarde: formatKenmerk(b.kenmerk, b.waarde, taal),
        naam,
        eigen: formatKenmerk(b.kenmerk, b.eigen, taal),
      }));
    return { code: rij.code, naam: rij.naam || rij.code, afstand, redenen, bijdragen };
  });
  const overgeslagen = uitgesloten
    ? T(uitgesloten === 1 ? 'peer_uitleg_overgeslagen_een' : 'peer_uitleg_overgeslagen_meer', { n: formatGetal(uitgesloten, 0, taal) })
    : '';
  const log = kenmerken.includes('inwoners') ? T('peer_uitleg_gelijkend_log') : '';
  return {
    leden,
    uitleg: T('peer_uitleg_gelijkend', { n: leden.length, naam, kenmerken: labels(kenmerken), log, overgeslagen }),
    beschikbaar: true,
    uitgesloten,
    ...(leden.length < k ? { waarschuwing: T('peer_let_te_weinig', { n: leden.length, k }) } : {}),
  };
}

function handmatig(code: string, { taal, T, naam }: Zeg, inst: Instellingen, ctx: PeerContext): Deel {
  let start: Lid[] = [];
  let basisTekst = T('peer_basis_leeg');
  if (inst.basis) {
    const { basis, toevoegen: _t, verwijderen: _v, ...rest } = inst;
    const g = referentiegroep(code, basis as BasisMethode, rest, ctx, taal);
    start = g.leden;
    basisTekst = T('peer_basis_methode', { methode: methodeLabel(basis, taal) });
  }
  const weg = new Set(inst.verwijderen);
  const leden = start.filter((l) => !weg.has(l.code));
  const bekend = new Set(leden.map((l) => l.code));
  const onbekend: string[] = [];
  for (const c of inst.toevoegen ?? []) {
    if (c === code || bekend.has(c)) continue;
    if (!ctx.index.has(c)) onbekend.push(c);
    leden.push({ code: c, naam: naamVan(ctx, c), redenen: [T('peer_reden_toegevoegd')] });
    bekend.add(c);
  }
  const nToe = (inst.toevoegen ?? []).filter((c) => c !== code).length;
  const nWeg = (inst.verwijderen ?? []).length;
  return {
    leden,
    uitleg: T('peer_uitleg_handmatig', { naam, basis: basisTekst, toe: formatGetal(nToe, 0, taal), weg: formatGetal(nWeg, 0, taal) }),
    beschikbaar: true,
    ...(onbekend.length ? { waarschuwing: T('peer_let_codes', { codes: onbekend.join(', ') }) } : {}),
  };
}
