import { describe, expect, it } from 'vitest';
import { kiesPosten, opstelling, postenUitFeiten, verdeel, verschuif, type Post } from '../../../src/lib/model/elftal/verdeling.ts';
import { standaardKoppeling } from '../../../src/lib/model/elftal/taakvelden.ts';

const bundel: Post = { taakvelden: ['6.72', '6.82'], waarde: 400, herkomst: 'bundel', bron: 'seed-003' };
const invoer = (tv: string, waarde: number): Post => ({ taakvelden: [tv], waarde, herkomst: 'invoer', bron: 'eigen invoer' });

describe('verdeling over de linies', () => {
  it('alleen de gebundelde 6.72 + 6.82: verdediging bekend, aanval en middenveld ontbreken', () => {
    const v = verdeel([bundel], standaardKoppeling());
    const s = Object.fromEntries(v.linies.map((l) => [l.linie, l]));
    expect(s.verdediging.waarde).toBe(400);
    expect(s.aanval.waarde).toBeNull();
    expect(s.aanval.ontbrekend).toEqual(['6.1']);
    expect(s.middenveld.ontbrekend).toEqual(['6.2']);
    expect(v.totaal).toBeNull();
    expect(v.aandelen).toBeNull();
  });
  it('alle linies ingevuld: totaal en aandelen die optellen tot 100', () => {
    const v = verdeel([bundel, invoer('6.1', 50), invoer('6.2', 150)], standaardKoppeling());
    expect(v.totaal).toBe(600);
    expect(v.aandelen!.aanval).toBeCloseTo((50 / 600) * 100, 10);
    expect(v.aandelen!.verdediging).toBeCloseTo((400 / 600) * 100, 10);
    expect(v.aandelen!.aanval + v.aandelen!.middenveld + v.aandelen!.verdediging).toBeCloseTo(100, 10);
  });
  it('een gecombineerde post over twee linies wordt niet gesplitst maar genoemd', () => {
    const v = verdeel([bundel, invoer('6.1', 50), invoer('6.2', 150)], { ...standaardKoppeling(), '6.72': 'middenveld' });
    expect(v.nietToeTeDelen).toEqual([bundel]);
    expect(v.linies.find((l) => l.linie === 'verdediging')!.ontbrekend).toEqual(['6.82']);
    expect(v.linies.find((l) => l.linie === 'middenveld')!.ontbrekend).toEqual(['6.72']);
    expect(v.totaal).toBeNull();
  });
  it('invoer gaat voor import gaat voor bundel; een gecombineerde post vervalt bij één eigen bedrag', () => {
    const imp: Post = { taakvelden: ['6.1'], waarde: 10, herkomst: 'import', bron: 'x' };
    expect(kiesPosten([imp, invoer('6.1', 20)])).toEqual([invoer('6.1', 20)]);
    const gekozen = kiesPosten([bundel, invoer('6.72', 300)]);
    expect(gekozen).toEqual([invoer('6.72', 300)]);
    const v = verdeel([bundel, invoer('6.72', 300)], standaardKoppeling());
    expect(v.linies.find((l) => l.linie === 'verdediging')!.ontbrekend).toEqual(['6.82']);
  });
  it('een linie zonder taakvelden telt als 0, niet als ontbrekend', () => {
    const k = { ...standaardKoppeling(), '6.1': 'middenveld' as const };
    const v = verdeel([bundel, invoer('6.1', 50), invoer('6.2', 150)], k);
    expect(v.linies.find((l) => l.linie === 'aanval')!.waarde).toBe(0);
    expect(v.totaal).toBe(600);
  });
});

describe('opstelling van 11', () => {
  it('het boek: negen verdedigers, één keeper, één middenvelder → 10 achter, 1 midden, 0 voor', () => {
    expect(opstelling({ aanval: 0, middenveld: 1, verdediging: 10 })).toEqual({ aanval: 0, middenveld: 1, verdediging: 10 });
  });
  it('telt altijd op tot 11, ook bij afronding', () => {
    for (const a of [[1, 1, 1], [33.3, 33.3, 33.4], [5, 25, 70], [0.1, 0.1, 99.8]]) {
      const o = opstelling({ aanval: a[0], middenveld: a[1], verdediging: a[2] });
      expect(o.aanval + o.middenveld + o.verdediging).toBe(11);
    }
  });
  it('grootste rest: 5/25/70 % → 0,55 / 2,75 / 7,7 spelers → 0 / 3 / 8', () => {
    expect(opstelling({ aanval: 5, middenveld: 25, verdediging: 70 })).toEqual({ aanval: 0, middenveld: 3, verdediging: 8 });
  });
  it('gelijke rest gaat naar de linie verder naar voren', () => {
    // 1/3 each: 3,67 spelers per linie, de twee extra spelers naar aanval en middenveld
    expect(opstelling({ aanval: 1, middenveld: 1, verdediging: 1 })).toEqual({ aanval: 4, middenveld: 4, verdediging: 3 });
  });
  it('geen totaal → fout', () => {
    expect(() => opstelling({ aanval: 0, middenveld: 0, verdediging: 0 })).toThrow();
  });
});

describe('scenario: X % van verdediging naar aanval', () => {
  const v = verdeel([bundel, invoer('6.1', 50), invoer('6.2', 150)], standaardKoppeling());
  it('10 % van € 400 = € 40 verschoven; totaal blijft gelijk', () => {
    const s = verschuif(v, 10);
    expect(s.verschoven).toBe(40);
    expect(s.na).toEqual({ aanval: 90, middenveld: 150, verdediging: 360 });
    expect(s.aandelenNa!.aanval).toBeCloseTo(15, 10);
  });
  it('0 % verandert niets, 100 % zet de verdediging op 0', () => {
    expect(verschuif(v, 0).na).toEqual({ aanval: 50, middenveld: 150, verdediging: 400 });
    expect(verschuif(v, 100).na.verdediging).toBe(0);
  });
  it('zonder aanval: de verschoven euro’s wel, de nieuwe verdeling niet', () => {
    const s = verschuif(verdeel([bundel], standaardKoppeling()), 25);
    expect(s.verschoven).toBe(100);
    expect(s.na.aanval).toBeNull();
    expect(s.aandelenNa).toBeNull();
  });
  it('buiten 0–100 → fout', () => {
    expect(() => verschuif(v, 101)).toThrow(/tussen 0 en 100/);
    expect(() => verschuif(v, -1)).toThrow();
  });
});

describe('posten uit de feiten van de bundel en een eigen import', () => {
  const feiten = [
    { regio_code: 'GM0150', indicator: 'lasten_per_inwoner', waarde: 240, bron: 'seed-003:L1409', periode: '2019JJ00', status: 'onbekend' },
    { regio_code: 'GM0150', indicator: 'elftal_tv_6_1', waarde: 31, bron: 'eigen import: begroting.csv (2026-12-06 03:00)', periode: '2024JJ00', status: 'definitief' },
    { regio_code: 'GM0150', indicator: 'lasten_per_gebruiker', waarde: 10143, bron: 'seed-003:L1409', periode: '2019JJ00', status: 'onbekend' },
    { regio_code: 'GM0200', indicator: 'elftal_tv_6_2', waarde: 99, bron: 'eigen import: x', periode: '2024JJ00', status: 'definitief' },
    { regio_code: 'GM0150', indicator: 'elftal_tv_6_2', waarde: null, bron: 'eigen import: x', periode: '2024JJ00', status: 'definitief' },
  ];
  const opties = { bronTekst: (f: { bron: string }) => f.bron, invoerBron: 'eigen invoer' };
  it('gebundeld 6.72 + 6.82 als één post, geïmporteerd 6.1 als import; andere gemeenten, andere indicatoren en lege waarden tellen niet', () => {
    expect(postenUitFeiten(feiten, 'GM0150', {}, opties)).toEqual([
      { taakvelden: ['6.72', '6.82'], waarde: 240, herkomst: 'bundel', bron: 'seed-003:L1409' },
      { taakvelden: ['6.1'], waarde: 31, herkomst: 'import', bron: 'eigen import: begroting.csv (2026-12-06 03:00)' },
    ]);
  });
  it('met eigen invoer voor 6.2: de verdeling is compleet en de import blijft staan', () => {
    const v = verdeel(postenUitFeiten(feiten, 'GM0150', { '6.2': 69 }, opties), standaardKoppeling());
    expect(v.totaal).toBe(240 + 31 + 69);
    expect(v.linies.map((l) => l.posten[0].herkomst)).toEqual(['import', 'invoer', 'bundel']);
  });
});
