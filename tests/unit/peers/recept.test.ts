import { describe, expect, it } from 'vitest';
import { decodeRecept, encodeRecept, leesRecept, wijzigLid } from '../../../src/lib/model/peers/index.ts';
import type { Recept } from '../../../src/lib/model/peers/index.ts';

describe('recept ↔ URL-tekst', () => {
  const voorbeelden: Recept[] = [
    { methode: 'buren' },
    { methode: 'studie' },
    { methode: 'grootteklasse' },
    { methode: 'stedelijkheid' },
    { methode: 'gelijkend', k: 10, kenmerken: ['inwoners', 'stedelijkheid'] },
    { methode: 'gelijkend', k: 3, kenmerken: [] },
    { methode: 'handmatig', toevoegen: ['GM0150', 'GM0014'], verwijderen: [] },
    { methode: 'handmatig', basis: 'gelijkend', k: 5, kenmerken: ['pct_onder_15'], toevoegen: [], verwijderen: ['GM0301'] },
  ];
  it('is kort en leesbaar', () => {
    expect(encodeRecept({ methode: 'gelijkend', k: 10, kenmerken: ['stedelijkheid', 'inwoners'] })).toBe('gelijkend.k10.finw-sted');
    expect(encodeRecept({ methode: 'buren' })).toBe('buren');
    expect(encodeRecept({ methode: 'handmatig', basis: 'buren', toevoegen: ['GM0200', 'GM0150'], verwijderen: ['GM0301'] })).toBe(
      'handmatig.bburen.p0150-0200.m0301',
    );
  });
  it('gaat heen en terug zonder verlies', () => {
    for (const r of voorbeelden) {
      const s = encodeRecept(r);
      expect(s).toMatch(/^[a-z0-9.-]+$/);
      const terug = decodeRecept(s);
      expect(terug, s).not.toBeNull();
      expect(encodeRecept(terug!)).toBe(s);
      expect(terug!.methode).toBe(r.methode);
      if (r.k) expect(terug!.k).toBe(r.k);
      if (r.kenmerken) expect([...terug!.kenmerken!].sort()).toEqual([...r.kenmerken].sort());
      if (r.toevoegen) expect(terug!.toevoegen).toEqual([...r.toevoegen].sort());
    }
  });
  it('vult standaardwaarden in (k = 10)', () => {
    expect(decodeRecept('gelijkend')).toMatchObject({ methode: 'gelijkend', k: 10 });
  });
  it('wijst onzin veilig af', () => {
    const onzin: unknown[] = [
      '',
      null,
      42,
      {},
      'onbekend',
      'gelijkend.k0',
      'gelijkend.k99',
      'gelijkend.kx',
      'gelijkend.fxyz',
      'gelijkend.k5.k6',
      'buren.k5',
      'buren.p0150',
      'handmatig.p01',
      'handmatig.pGM0150',
      'handmatig.bhandmatig',
      'handmatig..p0150',
      'gelijkend.q1',
      '<script>alert(1)</script>',
      'buren;drop table',
      'handmatig.p' + Array.from({ length: 450 }, (_, i) => String(1000 + i)).join('-'),
      'a'.repeat(5000),
    ];
    for (const x of onzin) {
      expect(decodeRecept(x), String(x).slice(0, 40)).toBeNull();
      const u = leesRecept(x);
      expect(u.ok).toBe(false);
      if (!u.ok) expect(u.fout.length).toBeGreaterThan(3);
    }
  });
});

describe('wijzigLid: a member added or removed by hand', () => {
  it('turns a method into handmatig with that method as its base', () => {
    const r = wijzigLid({ methode: 'gelijkend', k: 5 }, '0513', 'verwijderen');
    expect(r).toMatchObject({ methode: 'handmatig', basis: 'gelijkend', k: 5, verwijderen: ['0513'] });
    expect(wijzigLid({ methode: 'buren' }, '0344', 'toevoegen')).toMatchObject({ methode: 'handmatig', basis: 'buren', toevoegen: ['0344'] });
  });

  it('on a hand-made group, adding what was removed undoes the removal (and the other way round)', () => {
    const weg = wijzigLid({ methode: 'gelijkend' }, '0513', 'verwijderen');
    const terug = wijzigLid(weg, '0513', 'toevoegen');
    expect(terug.verwijderen).toEqual([]);
    expect(terug.toevoegen ?? []).toEqual([]);
    const erbij = wijzigLid(weg, '0344', 'toevoegen');
    expect(erbij).toMatchObject({ toevoegen: ['0344'], verwijderen: ['0513'] });
    expect(wijzigLid(erbij, '0344', 'verwijderen')).toMatchObject({ toevoegen: [], verwijderen: ['0513'] });
    expect(wijzigLid(erbij, '0200', 'verwijderen').verwijderen).toEqual(['0513', '0200']);
  });
});
