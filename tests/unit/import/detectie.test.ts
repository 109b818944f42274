import { describe, expect, it } from 'vitest';
import { detecteerScheidingsteken, leesGetal, lijktHtml, DecimaalBewaker } from '../../../src/lib/import/detectie.ts';
import { leesPeriodeLabel, isPeriodeCode, periodeNummer } from '../../../src/lib/import/perioden.ts';
import { gemeentenUitRegios, GemeenteOpzoeking, normaliseerNaam } from '../../../src/lib/import/gemeenten.ts';
import { meldingTekst } from '../../../src/lib/import/melding.ts';

describe('perioden', () => {
  it.each([
    ['2023*', '2023JJ00', 'voorlopig'],
    ['2023', '2023JJ00', 'definitief'],
    ['2023 1e halfjaar*', '2023HJ01', 'voorlopig'],
    ['2017 2e halfjaar', '2017HJ02', 'definitief'],
    ['2022 2e kwartaal', '2022KW02', 'definitief'],
    ['2021 maart', '2021MM03', 'definitief'],
    ['2021 December**', '2021MM12', 'voorlopig'],
    ['2019JJ00', '2019JJ00', 'onbekend'],
  ])('%s → %s (%s)', (label, code, status) => {
    expect(leesPeriodeLabel(label)).toMatchObject({ code, status });
  });
  it('weigert wat geen periode is', () => {
    for (const x of ['2023 3e halfjaar', '2023 5e kwartaal', 'maart 2021', '23', '2021MM13']) expect(leesPeriodeLabel(x)).toBeNull();
    expect(isPeriodeCode('2020KW05')).toBe(false);
  });
  it('periodenummers zijn uniek binnen een jaar en passen in 5 bits', () => {
    const codes = ['JJ00', 'HJ01', 'HJ02', 'KW01', 'KW02', 'KW03', 'KW04', ...Array.from({ length: 12 }, (_, i) => `MM${String(i + 1).padStart(2, '0')}`)];
    const nrs = codes.map((c) => periodeNummer(`2020${c}`) - 2020 * 32);
    expect(new Set(nrs).size).toBe(19);
    expect(Math.max(...nrs)).toBeLessThan(32);
  });
});

describe('getallen', () => {
  it.each([
    ['9,4', 9.4, ','],
    ['-3.25', -3.25, '.'],
    ['12', 12, null],
    ['1.234,5', 1234.5, ','],
    ['1,234.5', 1234.5, '.'],
    ['€ 12,50', 12.5, ','],
  ])('%s', (ruw, waarde, teken) => {
    expect(leesGetal(ruw)).toEqual({ soort: 'getal', waarde, teken });
  });
  it('CBS-tekens blijven leeg, nooit 0', () => {
    for (const x of ['.', 'x', '-', '']) expect(leesGetal(x).soort).toBe('leeg');
    expect(leesGetal('-')).toMatchObject({ noot: expect.stringContaining('niet als 0') });
  });
  it('fouten', () => {
    for (const x of ['5.', '1,2,3', '1e5', 'n.v.t.', '12,']) expect(leesGetal(x).soort).toBe('fout');
  });
  it('decimaalbewaker meldt de eerste afwijking', () => {
    const b = new DecimaalBewaker();
    expect(b.controleer('k', null, 2, '3')).toBeNull();
    expect(b.controleer('k', ',', 3, '3,1')).toBeNull();
    expect(b.controleer('andere', '.', 4, '3.1')).toBeNull();
    const m = b.controleer('k', '.', 5, '3.2')!;
    expect(meldingTekst('nl', m)).toContain("rij 3 ('3,1') gebruikt een decimale komma, rij 5 ('3.2') een decimale punt");
    expect(meldingTekst('en', m)).toContain("row 3 ('3,1') uses a decimal comma, row 5 ('3.2') a decimal point");
  });
});

describe('scheidingsteken en HTML', () => {
  it('kiest het teken dat op de meeste regels even vaak voorkomt, ook onder een titelregel', () => {
    expect(detecteerScheidingsteken('"Titel, met komma"\n"a";"b";"c"\n"1,5";"2";"3"\n')).toBe(';');
    expect(detecteerScheidingsteken('a,b,c\n1,2,3\n')).toBe(',');
    expect(detecteerScheidingsteken('a\tb\n1\t2\n')).toBe('\t');
    expect(detecteerScheidingsteken('alleen\néén\nkolom\n')).toBeNull();
  });
  it('herkent HTML-achtige tekst', () => {
    expect(lijktHtml('<img src=x onerror=alert(1)>')).toBe(true);
    expect(lijktHtml('<script>')).toBe(true);
    expect(lijktHtml("'s-Hertogenbosch")).toBe(false);
    expect(lijktHtml('kosten < 5 en > 3')).toBe(false);
  });
});

describe('gemeenten', () => {
  it('normaliseert namen', () => {
    expect(normaliseerNaam("  'S-Gravenhage (gemeente) ")).toBe("'s-gravenhage");
    expect(normaliseerNaam('Súdwest-Fryslân')).toBe('sudwest-fryslan');
  });
  it('leest de regiotabel van het project, met opvolger', () => {
    const csv = 'code;naam;soort;provincie;grootteklasse;stedelijkheid;opgeheven_per;opvolger_code;noot\nNL01;Nederland;land;;;;;;\nGM0756;Boxmeer;gemeente;PV30;;;2022-01-01;GM1982;x\nGM1982;Land van Cuijk;gemeente;PV30;;;;;\n';
    const lijst = gemeentenUitRegios(csv);
    expect(lijst).toEqual([
      { code: 'GM0756', naam: 'Boxmeer', opgegaanIn: { code: 'GM1982', naam: 'Land van Cuijk', per: '2022-01-01' } },
      { code: 'GM1982', naam: 'Land van Cuijk' },
    ]);
    const z = new GemeenteOpzoeking(lijst);
    expect(z.zoekNaam('boxmeer')).toMatchObject({ soort: 'gemeente', code: 'GM0756' });
    expect(z.zoekCode('GM0756    ')).toMatchObject({ code: 'GM0756', noot: expect.stringContaining('cijfer blijft bij de oude gemeente') });
    expect(z.zoekCode('GM0001').soort).toBe('onbekend');
    expect(z.zoekNaam('Nederland')).toEqual({ soort: 'nederland', code: 'NL01', noot: '' });
  });
});
