/**
 * Synthetic case cohort in the casusdata contract (herkomst `synthetisch`). Pure and
 * streaming: `genereerCasussen` yields one case at a time (with its episodes and costs), so
 * callers can write CSV, build Arrow batches or insert into DuckDB without holding the cohort.
 * No Node or DOM APIs: runs in Node and in a browser worker.
 *
 * Story per case (all dates are first-of-month, datum_kwaliteit `maand`):
 *  - with dropout (KALIBRATIE.aandeelUitval): youth care starts `maandenVoor` months before the
 *    dropout moment; the last months before it are GEDEELTELIJK_VERZUIM; from the dropout moment
 *    the child is VOLLEDIG_VERZUIM and on a temporary placement (DAGBESTEDING/KOLB/SPECIALISTISCH
 *    4:2:1) for `maandenNa` months, then an outcome (special school place, vrijstelling, stage/werk,
 *    uitgestroomd) with some months of ambulant care. Care costs per year: €23k before, €46k after
 *    (means, log-normal per case), of which ≈ 67 % on the placement.
 *  - without dropout: ambulant care for ~24 months while enrolled, sometimes partly absent.
 *  - education funding (€7k regular / €14k special per year) while enrolled, within the care window.
 * Observation ends at DATA_EINDE; episodes running then have an empty `einde`.
 */
import type { Casus, Categorie, Episode, Kosten, Onderwijssoort, ToestandOnderwijs, ToestandZorg } from '../contract.ts';
import { KALIBRATIE as K, DATA_EINDE, GEMEENTEN, UITVAL_TOT, UITVAL_VAN } from './kalibratie.ts';
import { lognormaal, mulberry32, type Rng } from './prng.ts';

export const GENERATOR_NAAM = 'jzv-synth';
export const GENERATOR_VERSIE = '1.0.0';

export type KostenGranulariteit = 'maand' | 'fase';

export interface GeneratorOpties {
  n: number;
  seed: number;
  /** one cost row per month (default) or one per phase and category */
  kosten?: KostenGranulariteit;
}

export interface CasusRecord {
  casus: Casus;
  episodes: Episode[];
  kosten: Kosten[];
}

/** Month index = year·12 + (month − 1). */
const mi = (j: number, m: number) => j * 12 + (m - 1);
const EINDE = mi(DATA_EINDE.jaar, DATA_EINDE.maand);
const U_VAN = mi(UITVAL_VAN.jaar, UITVAL_VAN.maand);
const U_TOT = mi(UITVAL_TOT.jaar, UITVAL_TOT.maand);

const datumCache = new Map<number, string>();
/** ISO date of the first day of month index i. */
export function maandDatum(i: number): string {
  let s = datumCache.get(i);
  if (s === undefined) {
    const j = Math.floor(i / 12);
    const m = (i % 12) + 1;
    s = `${j}-${m < 10 ? '0' : ''}${m}-01`;
    datumCache.set(i, s);
  }
  return s;
}

const PLEK: readonly ToestandZorg[] = ['DAGBESTEDING', 'KOLB', 'SPECIALISTISCH'];
const PLEK_CAT: Record<string, Categorie> = { DAGBESTEDING: 'dagbesteding', KOLB: 'kolb', SPECIALISTISCH: 'specialistisch' };
const SPECIAAL = new Set<Onderwijssoort>(['SBO', 'SO', 'VSO']);
/** onderwijs states during which education funding keeps being paid (still enrolled) */
const BEKOSTIGD = new Set<ToestandOnderwijs>(['INGESCHREVEN', 'GEDEELTELIJK_VERZUIM', 'VOLLEDIG_VERZUIM', 'OOV']);

interface Fase {
  van: number;
  tot: number; // exclusive month index
}

function duur(rng: Rng, gem: number, cv: number, min = 1): number {
  return Math.max(min, Math.round(lognormaal(rng, gem, cv)));
}

/** Draws one case. Exported for tests; use genereerCasussen for a cohort. */
export function genereerCasus(rng: Rng, nummer: number, granulariteit: KostenGranulariteit): CasusRecord {
  const id = `s${nummer}`;
  const gm = GEMEENTEN[rng.kies(GEMEENTEN.map((g) => g[2]))][0];
  const po = rng.next() < K.aandeelPO.waarde;
  const speciaal = rng.next() < K.aandeelSpeciaal.waarde;
  const soort: Onderwijssoort = po ? (speciaal ? (rng.next() < 0.5 ? 'SBO' : 'SO') : 'PO') : speciaal ? 'VSO' : rng.next() < 0.1 ? 'PRO' : 'VO';
  const uitval = rng.next() < K.aandeelUitval.waarde;
  const episodes: Episode[] = [];
  const kosten: Kosten[] = [];
  const ow = (t: ToestandOnderwijs, s: Onderwijssoort | null, f: Fase) => episode('onderwijs', t, s, f);
  const zg = (t: ToestandZorg, f: Fase) => episode('zorg', t, null, f);
  function episode(domein: Episode['domein'], toestand: Episode['toestand'], s: Onderwijssoort | null, f: Fase) {
    if (f.tot <= f.van || f.van >= EINDE) return;
    episodes.push({ casus_id: id, domein, toestand, onderwijssoort: s, begin: maandDatum(f.van), einde: f.tot >= EINDE ? null : maandDatum(f.tot), datum_kwaliteit: 'maand' });
  }
  /** cost at a yearly rate over a phase, in whole cents per month */
  function kost(domein: Kosten['domein'], cat: Categorie, perJaar: number, f: Fase, kwaliteit: Kosten['kwaliteit']) {
    const tot = Math.min(f.tot, EINDE);
    if (tot <= f.van) return;
    const centPerMaand = Math.round((perJaar * 100) / 12);
    if (granulariteit === 'maand') {
      const bedrag = centPerMaand / 100;
      for (let m = f.van; m < tot; m++) kosten.push({ casus_id: id, begin: maandDatum(m), einde: maandDatum(m + 1), domein, categorie: cat, bedrag_eur: bedrag, kwaliteit });
    } else {
      kosten.push({ casus_id: id, begin: maandDatum(f.van), einde: maandDatum(tot), domein, categorie: cat, bedrag_eur: (centPerMaand * (tot - f.van)) / 100, kwaliteit });
    }
  }
  const owCat = (s: Onderwijssoort): Categorie => (SPECIAAL.has(s) ? 'onderwijs_speciaal' : 'onderwijs_regulier');
  const owTarief = (s: Onderwijssoort) => (SPECIAAL.has(s) ? K.onderwijsSpeciaalPerJaar.waarde : K.onderwijsRegulierPerJaar.waarde);
  const onderwijsFasen: { t: ToestandOnderwijs; s: Onderwijssoort | null; f: Fase }[] = [];
  const o = (t: ToestandOnderwijs, s: Onderwijssoort | null, f: Fase) => {
    onderwijsFasen.push({ t, s, f });
    ow(t, s, f);
  };

  const z1 = rng.normaal();
  const z2 = K.correlatieVoorNa.waarde * z1 + Math.sqrt(1 - K.correlatieVoorNa.waarde ** 2) * rng.normaal();
  const tariefVoor = lognormaal(rng, K.jeugdzorgVoorPerJaar.waarde, K.cvJeugdzorg.waarde, z1);
  let zorgEinde: number;
  let leeftijdOp: number;
  let leeftijd: number;

  if (uitval) {
    const u = rng.int(U_VAN, U_TOT);
    const voor = duur(rng, K.maandenVoor.waarde, 0.5, 2);
    const ged = Math.min(voor - 1, duur(rng, K.maandenGedeeltelijk.waarde, 0.6));
    const na = duur(rng, K.maandenNa.waarde, 0.5);
    const c0 = u - voor;
    const tariefNa = lognormaal(rng, K.jeugdzorgNaPerJaar.waarde, K.cvJeugdzorg.waarde * 0.75, z2);
    const plekAandeel = Math.min(1, Math.max(0.2, K.aandeelJeugdplekNa.waarde + 0.2 * rng.normaal()));
    const plek = PLEK[rng.kies(K.jeugdplekType.waarde)];
    const naEinde = u + na;
    leeftijdOp = u;
    leeftijd = po ? rng.int(6, 12) : rng.int(12, 17);

    o('INGESCHREVEN', soort, { van: c0, tot: u - ged });
    o('GEDEELTELIJK_VERZUIM', soort, { van: u - ged, tot: u });
    o('VOLLEDIG_VERZUIM', soort, { van: u, tot: naEinde });
    zg('AMBULANT', { van: c0, tot: u });
    zg(plek, { van: u, tot: naEinde });
    kost('jeugdzorg', 'ambulant', tariefVoor, { van: c0, tot: u }, 'toegerekend');
    kost('jeugdzorg', PLEK_CAT[plek], tariefNa * plekAandeel, { van: u, tot: naEinde }, 'toegerekend');
    kost('jeugdzorg', 'ambulant', tariefNa * (1 - plekAandeel), { van: u, tot: naEinde }, 'toegerekend');
    zorgEinde = naEinde;
    if (naEinde < EINDE) {
      // outcome after the period at home; rarely a return to the old school (seed-001 L191-192)
      const r = rng.kies(po ? [0.7, 0.2, 0, 0.1] : [0.5, 0.2, 0.15, 0.15]);
      const na2 = duur(rng, 9, 0.5);
      const f = { van: naEinde, tot: EINDE + 1 };
      if (r === 0) o('INGESCHREVEN', po ? (rng.next() < 0.5 ? 'SBO' : 'SO') : 'VSO', f);
      else if (r === 1) o('VRIJSTELLING', null, f);
      else if (r === 2) o('STAGE_WERK', soort, f);
      else o('UITGESTROOMD', null, f);
      zg('AMBULANT', { van: naEinde, tot: naEinde + na2 });
      zg('GEEN', { van: naEinde + na2, tot: EINDE + 1 });
      kost('jeugdzorg', 'ambulant', tariefVoor, { van: naEinde, tot: naEinde + na2 }, 'toegerekend');
      zorgEinde = naEinde + na2;
    }
  } else {
    const c0 = rng.int(mi(2017, 7), U_TOT);
    const d = duur(rng, K.maandenZonderUitval.waarde, 0.6);
    leeftijdOp = c0;
    leeftijd = po ? rng.int(5, 12) : rng.int(12, 17);
    if (rng.next() < 0.3 && d > 4) {
      const a = rng.int(1, d - 3);
      const b = rng.int(1, Math.min(4, d - a - 1));
      o('INGESCHREVEN', soort, { van: c0, tot: c0 + a });
      o('GEDEELTELIJK_VERZUIM', soort, { van: c0 + a, tot: c0 + a + b });
      o('INGESCHREVEN', soort, { van: c0 + a + b, tot: EINDE + 1 });
    } else {
      o('INGESCHREVEN', soort, { van: c0, tot: EINDE + 1 });
    }
    const wacht = rng.next() < 0.2 ? rng.int(1, 3) : 0;
    zg('WACHTLIJST', { van: c0 - wacht, tot: c0 });
    zg('AMBULANT', { van: c0, tot: c0 + d });
    zg('GEEN', { van: c0 + d, tot: EINDE + 1 });
    kost('jeugdzorg', 'ambulant', tariefVoor, { van: c0, tot: c0 + d }, 'toegerekend');
    zorgEinde = c0 + d;
  }
  // education funding while enrolled, within the care window (flat rate: kwaliteit geschat)
  for (const { t, s, f } of onderwijsFasen) {
    if (!BEKOSTIGD.has(t) || !s) continue;
    kost('onderwijs', owCat(s), owTarief(s), { van: f.van, tot: Math.min(f.tot, zorgEinde) }, 'geschat');
  }
  const casus: Casus = {
    casus_id: id,
    gemeente_code: gm,
    geboortejaar: Math.floor(leeftijdOp / 12) - leeftijd,
    geslacht: rng.next() < 0.62 ? 'm' : 'v',
  };
  return { casus, episodes, kosten };
}

/** Lazily yields n cases; deterministic per (seed, n-prefix): case k is the same for any n ≥ k. */
export function* genereerCasussen(opt: GeneratorOpties): Generator<CasusRecord> {
  const rng = mulberry32(opt.seed);
  for (let i = 1; i <= opt.n; i++) yield genereerCasus(rng, i, opt.kosten ?? 'maand');
}

/** Dataset metadata row for a generated cohort. */
export function syntheticDataset(opt: GeneratorOpties, datasetId = `synth-${opt.seed}-${opt.n}`) {
  return {
    dataset_id: datasetId,
    naam: `Synthetische voorbeelddata (seed ${opt.seed}, ${opt.n.toLocaleString('nl-NL')} casussen)`,
    herkomst: 'synthetisch' as const,
    bron: `${GENERATOR_NAAM} ${GENERATOR_VERSIE}, seed ${opt.seed}, n ${opt.n}, kosten per ${opt.kosten ?? 'maand'}; gekalibreerd op seed-001 (Gouda), zie src/lib/model/casus/synth/kalibratie.ts`,
    contractversie: 1,
  };
}
