// Runs the core of scripts/data-cbs.ts on the hand-written OData fixtures (made-up values).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { draaiDataCbs } from '../../../scripts/data-cbs.ts';
import { fixtureBron } from '../../../scripts/lib/cbs-odata/bron.ts';
import { parseTekst } from '../../../src/lib/import/importeer.ts';
import type { ParsedFact } from '../../../src/lib/import/typen.ts';
import { testGemeenten } from './hulp.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/cbs-odata/', import.meta.url));

describe('data:cbs op fixtures', async () => {
  const uit = mkdtempSync(join(tmpdir(), 'data-cbs-test-'));
  const gemeenten = testGemeenten();
  const m = await draaiDataCbs({ bron: fixtureBron(FIXTURES), uit, tabellen: ['85098NED', '83454NED', '85039NED', '85984NED'], gemeenten, nu: new Date('2026-01-01T00:00:00Z') });
  const tabel = (id: string) => m.tabellen.find((t) => t.id === id)!;
  const lees = (id: string) => parseTekst(readFileSync(join(uit, `${id}.csv`), 'utf8'), { bestand: `${id}.csv`, gemeenten }).rijen as ParsedFact[];
  const feit = (rijen: ParsedFact[], r: string, p: string, i: string) => rijen.find((f) => f.regio_code === r && f.periode === p && f.indicator === i);

  it('schrijft een manifest dat de modus en het ontbreken van verificatie noemt', () => {
    const opnieuw = JSON.parse(readFileSync(join(uit, 'manifest.json'), 'utf8'));
    expect(opnieuw.modus).toBe('fixtures');
    expect(opnieuw.geverifieerd).toBe(false);
    expect(m.tabellen.map((t) => [t.id, t.feiten, t.afgewezen, t.fout])).toEqual([
      ['85098NED', 20, 1, null],
      ['83454NED', 5, 0, null],
      ['85039NED', 6, 1, null],
      ['85984NED', 2, 1, null],
    ]);
    expect(tabel('85098NED').urls).toContain("https://opendata.cbs.nl/ODataApi/odata/85098NED/TypedDataSet?$format=json&$filter=startswith(RegioS%2C'GM')%20or%20RegioS%20eq%20'NL01'");
  });

  it('85098NED: twee pagina\'s, status uit de Perioden-lijst, ontbrekend blijft leeg', () => {
    const r = lees('85098NED');
    expect(r).toHaveLength(20);
    expect(feit(r, 'GM0150', '2023HJ01', 'pct_jeugdhulp')).toMatchObject({ waarde: 9.5, status: 'voorlopig', bron: 'eigen import: 85098NED.csv — testfixture-85098NED' });
    expect(feit(r, 'GM0513', '2023HJ01', 'pct_jeugdreclassering')?.waarde).toBe(0.3); // from the second page
    expect(feit(r, 'GM0150', '2022JJ00', 'pct_jeugdreclassering')).toMatchObject({ waarde: null, status: 'definitief' });
    expect(feit(r, 'GM0756', '2022JJ00', 'pct_jeugdhulp')?.noot).toContain('opgegaan in Land van Cuijk');
    expect(r.every((f) => f.noot.includes('VERZONNEN TESTCIJFER'))).toBe(true);
    expect(readFileSync(join(uit, '85098NED-afgewezen.csv'), 'utf8')).toContain("regio 'PV23' is geen gemeente");
  });

  it('83454NED: alleen taakvelden 6.72 en 6.82, elk een eigen indicator, niet opgeteld', () => {
    const r = lees('83454NED');
    expect(r.map((f) => `${f.regio_code} ${f.periode} ${f.indicator} ${f.waarde} ${f.status}`).sort()).toEqual([
      'GM0150 2021JJ00 kosten_jeugdzorg_x1000__iv3_672 40000 definitief',
      'GM0150 2021JJ00 kosten_jeugdzorg_x1000__iv3_682 12000 definitief',
      'GM0150 2022JJ00 kosten_jeugdzorg_x1000__iv3_672 42000 voorlopig',
      'GM0150 2022JJ00 kosten_jeugdzorg_x1000__iv3_682 null voorlopig',
      'GM1982 2022JJ00 kosten_jeugdzorg_x1000__iv3_672 30000 voorlopig',
    ]);
    expect(tabel('83454NED').meldingen.some((x) => x.includes('categorie buiten de koppeling'))).toBe(true);
  });

  it('KWB: vaste periode, wijken en buurten afgewezen, tekstkolom genegeerd', () => {
    const r = lees('85039NED');
    expect(feit(r, 'GM0150', '2021JJ00', 'kwb_pct_jongeren_jeugdzorg')).toMatchObject({ waarde: 9, status: 'onbekend' });
    expect(feit(r, 'NL01', '2021JJ00', 'inwoners')?.waarde).toBe(17000000);
    expect(feit(r, 'GM0756', '2021JJ00', 'kwb_pct_jongeren_jeugdzorg')?.waarde).toBeNull();
    expect(r.some((f) => f.indicator.toLowerCase().includes('naam'))).toBe(false);
    expect(lees('85984NED').map((f) => f.regio_code)).toEqual(['GM0150', 'GM1982']);
  });

  it('meldt een onderwerp dat in de tabel ontbreekt in plaats van te gokken', async () => {
    const uit2 = mkdtempSync(join(tmpdir(), 'data-cbs-test-'));
    const bron = fixtureBron(FIXTURES);
    const zonder = {
      ...bron,
      haal: async (t: string, e: string, f?: string) => {
        const rijen = await bron.haal(t, e, f);
        return e === 'DataProperties' ? rijen.filter((p) => p.Key !== 'PercentageJongerenMetJeugdbescherming_3') : rijen;
      },
    };
    const m2 = await draaiDataCbs({ bron: zonder, uit: uit2, tabellen: ['85098NED'], gemeenten });
    expect(m2.tabellen[0].meldingen[0]).toBe("85098NED: onderwerp 'PercentageJongerenMetJeugdbescherming' niet gevonden in DataProperties; indicator 'pct_jeugdbescherming' overgeslagen");
    expect(m2.tabellen[0].feiten).toBe(15);
    expect(existsSync(join(uit2, '85098NED.csv'))).toBe(true);
  });
});
