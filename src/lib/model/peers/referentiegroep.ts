/**
 * referentiegroep(): kies referentiegemeenten voor één gemeente en leg uit waarom.
 * Methoden: studie, buren, grootteklasse, stedelijkheid, gelijkend, handmatig.
 * Deterministisch: bij gelijke afstand of volgorde beslist de gemeentecode.
 */
import { zScore } from './context.ts';
import {
  KENMERK_INFO,
  MAX_K,
  STANDAARD_K,
  STANDAARD_KENMERKEN,
  STEDELIJKHEID_LABEL,
  formatKenmerk,
  getal,
  grootteklasseLabel,
  grootteklasseVan,
  kenmerkWaarde,
  opsomming,
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

export const METHODE_LABEL: Record<Methode, string> = {
  studie: 'referentiegroep uit de studie',
  buren: 'buurgemeenten',
  grootteklasse: 'zelfde grootteklasse',
  stedelijkheid: 'zelfde stedelijkheid',
  gelijkend: 'meest gelijkende gemeenten',
  handmatig: 'zelf samengesteld',
};

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
export function beschikbareMethoden(code: string, ctx: PeerContext): { methode: Methode; beschikbaar: boolean; reden?: string }[] {
  const r = ctx.index.get(code);
  const uit: { methode: Methode; beschikbaar: boolean; reden?: string }[] = [];
  uit.push(
    code in ctx.studieSets
      ? { methode: 'studie', beschikbaar: true }
      : { methode: 'studie', beschikbaar: false, reden: 'alleen voor de vijf casusgemeenten van de studie' },
  );
  const buren = ctx.buren.get(code) ?? [];
  uit.push(buren.length ? { methode: 'buren', beschikbaar: true } : { methode: 'buren', beschikbaar: false, reden: 'geen buurgemeenten' });
  const gk = r ? grootteklasseVan(r).code : null;
  uit.push(gk != null ? { methode: 'grootteklasse', beschikbaar: true } : { methode: 'grootteklasse', beschikbaar: false, reden: 'aantal inwoners onbekend' });
  uit.push(
    r?.stedelijkheid != null
      ? { methode: 'stedelijkheid', beschikbaar: true }
      : { methode: 'stedelijkheid', beschikbaar: false, reden: 'stedelijkheid onbekend' },
  );
  uit.push(r ? { methode: 'gelijkend', beschikbaar: true } : { methode: 'gelijkend', beschikbaar: false, reden: 'geen kenmerken bekend' });
  uit.push({ methode: 'handmatig', beschikbaar: true });
  return uit;
}

/** Zelfde als `referentiegroep`, maar met een recept (zoals uit de URL). */
export function referentiegroepVanRecept(code: string, recept: Recept, ctx: PeerContext): Referentiegroep {
  const { methode, ...inst } = recept;
  return referentiegroep(code, methode, inst, ctx);
}

export function referentiegroep(
  code: string,
  methode: Methode,
  instellingen: Instellingen | undefined,
  ctx: PeerContext,
): Referentiegroep {
  const inst = normaliseerInstellingen(methode, instellingen);
  const basis = { gemeente: code, methode, instellingen: inst };
  const r = ctx.index.get(code);
  const naam = naamVan(ctx, code);
  switch (methode) {
    case 'studie':
      return { ...basis, ...studie(code, naam, ctx) };
    case 'buren':
      return { ...basis, ...buren(code, naam, ctx) };
    case 'grootteklasse':
      return { ...basis, ...grootteklasse(r, code, naam, ctx) };
    case 'stedelijkheid':
      return { ...basis, ...stedelijkheid(r, code, naam, ctx) };
    case 'gelijkend':
      return { ...basis, ...gelijkend(r, code, naam, inst.k!, inst.kenmerken!, ctx) };
    case 'handmatig':
      return { ...basis, ...handmatig(code, naam, inst, ctx) };
  }
}

type Deel = Omit<Referentiegroep, 'gemeente' | 'methode' | 'instellingen'>;

function nietBeschikbaar(uitleg: string, waarschuwing: string): Deel {
  return { leden: [], uitleg, beschikbaar: false, waarschuwing };
}

function studie(code: string, naam: string, ctx: PeerContext): Deel {
  const set = ctx.studieSets[code];
  if (!set) {
    const casussen = opsomming(Object.keys(ctx.studieSets).map((c) => naamVan(ctx, c)).sort((a, b) => a.localeCompare(b, 'nl')));
    return nietBeschikbaar(
      `De referentiegroep uit de studie is niet beschikbaar voor ${naam}: de studie koos alleen referentiegemeenten voor ${casussen || 'haar vijf casusgemeenten'}.`,
      'niet beschikbaar voor deze gemeente; kies een andere methode',
    );
  }
  const leden = set.filter((c) => c !== code).map((c) => ({ code: c, naam: naamVan(ctx, c), redenen: ['gekozen door de onderzoekers van de studie'] }));
  return {
    leden,
    uitleg: `${naam} wordt vergeleken met de ${leden.length} referentiegemeenten die de studie zelf koos (buurgemeenten en gemeenten van vergelijkbare schaal in naburige regio's).`,
    beschikbaar: true,
  };
}

function buren(code: string, naam: string, ctx: PeerContext): Deel {
  const lijst = (ctx.buren.get(code) ?? []).filter((b) => b.code !== code);
  if (!lijst.length) {
    return nietBeschikbaar(
      `${naam} heeft geen buurgemeenten: geen andere gemeente grenst eraan over land. Kies bijvoorbeeld 'meest gelijkende gemeenten' of 'zelfde grootteklasse'.`,
      'geen buurgemeenten',
    );
  }
  const leden = [...lijst].sort(byCode).map((b) => ({
    code: b.code,
    naam: naamVan(ctx, b.code),
    redenen: [b.grens === 'punt' ? `raakt ${naam} in één punt` : `grenst aan ${naam}`],
  }));
  const punt = lijst.filter((b) => b.grens === 'punt').length;
  return {
    leden,
    uitleg: `${naam} wordt vergeleken met de ${leden.length} gemeenten die eraan grenzen (gemeentegrenzen 2022)${punt ? `; ${punt} daarvan raakt de grens maar in één punt` : ''}.`,
    beschikbaar: true,
  };
}

function grootteklasse(r: GemeenteRij | undefined, code: string, naam: string, ctx: PeerContext): Deel {
  const eigen = r ? grootteklasseVan(r) : { code: null, afgeleid: true };
  if (eigen.code == null) {
    return nietBeschikbaar(`Voor ${naam} is het aantal inwoners onbekend, dus ook de grootteklasse.`, 'grootteklasse onbekend');
  }
  const label = grootteklasseLabel(eigen.code);
  const leden = ctx.rijen
    .filter((x) => x.code !== code && grootteklasseVan(x).code === eigen.code)
    .sort(byCode)
    .map((x) => ({ code: x.code, naam: x.naam || x.code, redenen: [`ook ${label}`] }));
  const afgeleid = eigen.afgeleid ? ' De klasse is afgeleid uit het aantal inwoners (CBS-klassegrenzen).' : '';
  return {
    leden,
    uitleg: `${naam} wordt vergeleken met de ${leden.length} andere gemeenten met ${label}, de gangbare vergelijking van bijvoorbeeld waarstaatjegemeente.nl.${afgeleid}`,
    beschikbaar: true,
    ...(leden.length ? {} : { waarschuwing: 'geen andere gemeenten in deze grootteklasse' }),
  };
}

function stedelijkheid(r: GemeenteRij | undefined, code: string, naam: string, ctx: PeerContext): Deel {
  const s = r?.stedelijkheid ?? null;
  if (s == null) return nietBeschikbaar(`Voor ${naam} is de stedelijkheid onbekend.`, 'stedelijkheid onbekend');
  const label = STEDELIJKHEID_LABEL[s] ?? `stedelijkheid ${s}`;
  const leden = ctx.rijen
    .filter((x) => x.code !== code && x.stedelijkheid === s)
    .sort(byCode)
    .map((x) => ({ code: x.code, naam: x.naam || x.code, redenen: [`ook ${label} (klasse ${s})`] }));
  return {
    leden,
    uitleg: `${naam} is ${label} (CBS-klasse ${s} van 5, naar adressendichtheid) en wordt vergeleken met de ${leden.length} andere gemeenten in die klasse.`,
    beschikbaar: true,
  };
}

function gelijkend(
  r: GemeenteRij | undefined,
  code: string,
  naam: string,
  k: number,
  kenmerken: Kenmerk[],
  ctx: PeerContext,
): Deel {
  if (!kenmerken.length) return nietBeschikbaar('Vink minstens één kenmerk aan om gelijkende gemeenten te zoeken.', 'geen kenmerken gekozen');
  if (!r) return nietBeschikbaar(`Voor ${naam} zijn geen kenmerken bekend.`, 'geen kenmerken bekend');
  const eigenZ = kenmerken.map((km) => zScore(ctx, r, km));
  const ontbrekend = kenmerken.filter((_, i) => eigenZ[i] == null);
  if (ontbrekend.length) {
    const labels = opsomming(ontbrekend.map((km) => KENMERK_INFO[km].label));
    return nietBeschikbaar(`Voor ${naam} ontbreekt ${labels}; vink dat kenmerk uit om gelijkende gemeenten te zoeken.`, `${labels} onbekend`);
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
    const redenen = bijdragen
      .slice(0, 2)
      .map((b) => `${KENMERK_INFO[b.kenmerk].label}: ${formatKenmerk(b.kenmerk, b.waarde)} (${naam}: ${formatKenmerk(b.kenmerk, b.eigen)})`);
    return { code: rij.code, naam: rij.naam || rij.code, afstand, redenen, bijdragen };
  });
  const labels = opsomming(kenmerken.map((km) => KENMERK_INFO[km].label));
  const overgeslagen = uitgesloten
    ? ` ${getal(uitgesloten)} ${uitgesloten === 1 ? 'gemeente is' : 'gemeenten zijn'} overgeslagen omdat een gekozen kenmerk ontbreekt.`
    : '';
  return {
    leden,
    uitleg:
      `De ${leden.length} gemeenten die het meest op ${naam} lijken op ${labels} ` +
      `(gestandaardiseerde afstand${kenmerken.includes('inwoners') ? ', inwoners op logaritmische schaal' : ''}).${overgeslagen}`,
    beschikbaar: true,
    uitgesloten,
    ...(leden.length < k ? { waarschuwing: `maar ${leden.length} van de gevraagde ${k} gemeenten gevonden` } : {}),
  };
}

function handmatig(code: string, naam: string, inst: Instellingen, ctx: PeerContext): Deel {
  let start: Lid[] = [];
  let basisTekst = 'een lege lijst';
  if (inst.basis) {
    const { basis, toevoegen: _t, verwijderen: _v, ...rest } = inst;
    const g = referentiegroep(code, basis as BasisMethode, rest, ctx);
    start = g.leden;
    basisTekst = `de ${METHODE_LABEL[basis]}`;
  }
  const weg = new Set(inst.verwijderen);
  const leden = start.filter((l) => !weg.has(l.code));
  const bekend = new Set(leden.map((l) => l.code));
  const onbekend: string[] = [];
  for (const c of inst.toevoegen ?? []) {
    if (c === code || bekend.has(c)) continue;
    if (!ctx.index.has(c)) onbekend.push(c);
    leden.push({ code: c, naam: naamVan(ctx, c), redenen: ['zelf toegevoegd'] });
    bekend.add(c);
  }
  const nToe = (inst.toevoegen ?? []).filter((c) => c !== code).length;
  const nWeg = (inst.verwijderen ?? []).length;
  return {
    leden,
    uitleg: `Zelf samengestelde groep voor ${naam}: vertrekpunt ${basisTekst}, ${getal(nToe)} toegevoegd en ${getal(nWeg)} verwijderd.`,
    beschikbaar: true,
    ...(onbekend.length ? { waarschuwing: `onbekende gemeentecode(s): ${onbekend.join(', ')}` } : {}),
  };
}
