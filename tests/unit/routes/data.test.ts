import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BARRIERES, DREMPELS, GOUDA_KOSTENCASUSSEN as G, GOUDA_MOMENTOPNAME, KOSTEN_PER_JAAR, KOSTEN_PER_JAAR_NOOT, VIGNETTEN } from '../../../src/lib/model/routes/data.ts';
import { parseDuur } from '../../../src/lib/model/routes/duur.ts';
import { plusMaanden } from '../../../src/lib/model/routes/datum.ts';
import { goudaKosten, goudaTijdlijn, kostenPerMaand, vignetEpisodes, vignetTijdlijn } from '../../../src/lib/model/routes/tijdlijn.ts';
import { segmenteer } from '../../../src/lib/model/routes/route.ts';
import { voldoetAanDefinitie } from '../../../src/lib/model/routes/route.ts';

// The seed texts live next to the repo (../shared/seeds); check citations when they are there.
const SEEDS = resolve(__dirname, '../../../../shared/seeds');
function regelsUit(bestand: string, van: number, tot: number): string | null {
  const p = resolve(SEEDS, bestand.replace(/^seeds\//, ''));
  if (!existsSync(p)) return null;
  return readFileSync(p, 'utf8').split('\n').slice(van - 1, tot).join(' ').replace(/\s+/g, ' ');
}
const norm = (s: string) => s.replace(/\s+/g, ' ');

describe('vignetten (seed 001)', () => {
  it('zijn de vier van het document', () => {
    expect(VIGNETTEN.vignetten.map((v) => v.naam)).toEqual(['Mohammed', 'Kai', 'Erik', 'Pablo']);
  });
  it('elke stap heeft een bronregel binnen het vignet en een citaat', () => {
    for (const v of VIGNETTEN.vignetten) {
      v.stappen.forEach((s, i) => {
        expect(s.nr).toBe(i + 1);
        expect(s.regels[0]).toBeLessThanOrEqual(s.regels[1]);
        expect(s.regels[0]).toBeGreaterThanOrEqual(v.regels[0]);
        expect(s.regels[1]).toBeLessThanOrEqual(v.regels[1]);
        expect(s.citaat.length).toBeGreaterThan(10);
      });
    }
  });
  it('citaten staan letterlijk op de genoemde regels (als de seedtekst aanwezig is)', () => {
    let gecontroleerd = 0;
    for (const v of VIGNETTEN.vignetten) {
      for (const s of v.stappen) {
        const tekst = regelsUit(VIGNETTEN.bron.bestand, s.regels[0], s.regels[1]);
        if (tekst == null) continue;
        expect(tekst, `${v.naam} stap ${s.nr}`).toContain(norm(s.citaat));
        gecontroleerd++;
      }
    }
    if (existsSync(SEEDS)) expect(gecontroleerd).toBe(19);
  });
  it('duren zoals de tekst ze geeft; barrières bestaan in de catalogus', () => {
    const codes = new Set(BARRIERES.map((b) => b.code));
    for (const v of VIGNETTEN.vignetten) {
      for (const s of v.stappen) {
        if (s.duur_maanden != null) expect(parseDuur(s.duur_tekst ?? '')).toBe(s.duur_maanden);
        if (s.duur_maanden != null && s.relatief.begin != null) expect(s.relatief.begin).toBe(-s.duur_maanden);
        for (const b of s.barrieres) expect(codes.has(b), b).toBe(true);
      }
    }
    // Mohammed, Kai and Erik: "twee jaar"
    for (const naam of ['Mohammed', 'Kai', 'Erik']) {
      expect(VIGNETTEN.vignetten.find((v) => v.naam === naam)!.stappen.some((s) => s.duur_maanden === 24)).toBe(true);
    }
  });
  it('als episodes: geschatte datums en de verwachte toestand op "nu"', () => {
    const erik = vignetEpisodes(VIGNETTEN.vignetten[2], 'erik', '2025-01-01');
    expect(erik.every((e) => e.datum_kwaliteit === 'geschat')).toBe(true);
    const s = segmenteer(erik).find((x) => x.begin <= '2025-01-01' && x.einde > '2025-01-01')!;
    expect(s.toestand).toBe('JEUGDPLEK');
    expect(s.sinds.verzuim).toBe('2023-01-01'); // two years before "now"
    // Kai pays his coach privately: relatief verzuim, but not a narrow thuiszitter
    const kai = segmenteer(vignetEpisodes(VIGNETTEN.vignetten[1], 'kai')).at(-1)!;
    expect(voldoetAanDefinitie('relatief_verzuim', kai.onderwijs, kai.zorg)).toBe(true);
    expect(voldoetAanDefinitie('thuiszitter_smal', kai.onderwijs, kai.zorg)).toBe(false);
    // Pablo: no durations in the text, so no dated episodes at all
    expect(vignetEpisodes(VIGNETTEN.vignetten[3], 'pablo')).toEqual([]);
  });
  it('tijdlijn zegt dat de datums geschat zijn', () => {
    const t = vignetTijdlijn(VIGNETTEN.vignetten[0], BARRIERES);
    expect(t.geschatteDatums).toBe(true);
    expect(t.noten[0]).toMatch(/Geschatte datums/);
    expect(t.gebeurtenissen.flatMap((g) => g.barrieres.map((b) => b.code))).toContain('B13');
  });
});

describe('Gouda: zes kostencasussen', () => {
  it('rijen tellen op zoals seed-001 §3.5 narekent', () => {
    expect(G.casussen).toHaveLength(6);
    const voor = G.casussen.reduce((t, c) => t + (c.voor_eur ?? 0), 0);
    const na = G.casussen.reduce((t, c) => t + c.na_eur, 0);
    expect(voor).toBe(265427);
    expect(voor).toBe(G.totalen.voor_rijen_eur);
    expect(na).toBe(556260);
    expect(G.totalen.voor_rijen_eur + G.totalen.na_gedrukt_eur).toBe(G.totalen.totaal_eur);
    expect(Math.floor(G.totalen.totaal_eur / 6)).toBe(G.totalen.gemiddeld_per_casus_eur); // 136.932,67: the source truncates
    expect(G.casussen.filter((c) => c.niveau === 'PO')).toHaveLength(3);
  });
  it('gedrukte stijgingsfactoren kloppen op één decimaal, behalve casus 6 (met noot)', () => {
    for (const c of G.casussen) {
      if (c.voor_eur == null) continue;
      const f = Math.round((c.na_eur / c.voor_eur) * 10) / 10;
      if (c.casus === 6) {
        expect(f).toBe(1.4);
        expect(c.noot).toMatch(/1,44/);
      } else expect(f).toBe(c.stijgingsfactor_gedrukt);
    }
  });
  it('datums afgeleid uit de gemiddelden 1 j 8 m en 1 j 11 m tot en met december 2024', () => {
    expect(G.datums.na_maanden).toBe(parseDuur('1 jaar en 11 maanden'));
    expect(G.datums.voor_maanden).toBe(parseDuur('1 jaar en 8 maanden'));
    expect(plusMaanden(G.datums.einde, -G.datums.na_maanden)).toBe(G.datums.uitvalmoment);
    expect(plusMaanden(G.datums.uitvalmoment, -G.datums.voor_maanden)).toBe(G.datums.begin);
  });
  it('kosten per maand behouden het totaal; onderwijs blijft onbekend', () => {
    for (const c of G.casussen) {
      const maanden = kostenPerMaand(goudaKosten(c, G));
      const som = maanden.reduce((t, m) => t + (m.jeugdzorg ?? 0), 0);
      expect(som).toBeCloseTo((c.voor_eur ?? 0) + c.na_eur, 2);
      expect(maanden.every((m) => m.onderwijs === null)).toBe(true);
    }
    // case 4: VOOR unknown → no cost months before the dropout
    const t4 = goudaTijdlijn(G.casussen[3], G);
    expect(t4.kosten[0].maand).toBe('2023-02');
    expect(t4.noten.join(' ')).toMatch(/onbekend/);
  });
});

describe('wat een jaar kost', () => {
  const k = Object.fromEntries(KOSTEN_PER_JAAR.map((r) => [r.code, r]));
  it('bedragen en bronnen', () => {
    expect(k.onderwijs_regulier.bedrag_eur).toBe(7000);
    expect(k.onderwijs_speciaal.bedrag_eur).toBe(14000);
    expect(k.jeugdzorg_voor_uitval.bedrag_eur).toBe(23000);
    expect(k.jeugdzorg_na_uitval.bedrag_eur).toBe(46000);
    for (const r of KOSTEN_PER_JAAR) expect(r.regels).toMatch(/\d/);
  });
  it('jeugdplek = totaal 28 kinderen per jaar / 28 (r. 596)', () => {
    const j = k.tijdelijke_jeugdplek;
    expect(j.status).toBe('afgeleid');
    expect(j.bedrag_laag_eur).toBe(Math.round(1480432.36 / 28));
    expect(j.bedrag_eur).toBe(Math.round(1679211.6 / 28));
    expect(j.bedrag_hoog_eur).toBe(Math.round(1822072.63 / 28));
    const r596 = regelsUit('seeds/001_825890019b7aede4.txt', 596, 596);
    if (r596) expect(r596).toContain('€ 1.480.432,36 € 1.679.211,60 € 1.822.072,63 per jaar');
    expect(KOSTEN_PER_JAAR_NOOT.noot).toMatch(/zes kostencasussen/);
    expect(KOSTEN_PER_JAAR_NOOT.noot).toMatch(/28 kinderen/);
  });
});

describe('momentopname en drempels', () => {
  it('Gouda 69: 60 % PO / 40 % VO, 1 j 10 m, tien kinderen 2 j 5 m', () => {
    const f = Object.fromEntries(GOUDA_MOMENTOPNAME.feiten.map((x) => [x.code, x]));
    expect(f.aantal.waarde).toBe(69);
    expect(f.aandeel_po.waarde + f.aandeel_vo.waarde).toBe(100);
    expect(f.gemiddelde_duur.waarde).toBe(parseDuur(f.gemiddelde_duur.tekst!));
    expect(f.lang_duur.waarde).toBe(29);
    expect(f.aantal_po.afgeleid).toBe(true);
    const tekst = regelsUit('seeds/001_825890019b7aede4.txt', 605, 611);
    if (tekst) {
      expect(tekst).toContain('69 thuiszittende kinderen');
      expect(tekst).toContain('gemiddeld 1 jaar en 10 maanden');
      expect(tekst).toContain('gemiddeld al 2 jaar en 5 maanden');
    }
  });
  it('drempels staan op de genoemde regels van seed 004', () => {
    const d = Object.fromEntries(DREMPELS.drempels.map((x) => [x.code, x]));
    expect(d.regisseur_plan_6_weken.dagen).toBe(42);
    expect(d.plan_3_maanden.maanden).toBe(3);
    for (const x of DREMPELS.drempels) {
      if (!x.bestand || !x.regels || !x.citaat) continue;
      const t = regelsUit(x.bestand, x.regels[0], x.regels[1]);
      if (t) expect(t, x.code).toContain(x.citaat);
    }
  });
});
