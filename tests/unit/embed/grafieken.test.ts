// Every chart the app pages draw is either embeddable (INSLUITBARE_GRAFIEKEN, with the page whose
// view draws it on the embed page) or deliberately left out (NIET_INSLUITBAAR, with a reason).
// The chart ids are read from the view sources, so a new chart cannot slip past this list.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { INSLUITBARE_GRAFIEKEN, NIET_INSLUITBAAR, isInsluitbaarId, paginaVan } from '../../../src/lib/embed/grafieken.ts';
import { redenGeenInsluiting } from '../../../src/lib/export/frame.ts';
import { STUDIE_GRAFIEKEN } from '../../../src/lib/model/vergelijking/indicatoren.ts';
import { CASUS_GRAFIEK_IDS } from '../../../src/views/kosten/casus/ids.ts';
import { categorieMeta, curveMeta, lorenzMeta, verdelingMeta, type Context } from '../../../src/views/kosten/casus/meta.ts';

const VIEWS = 'src/views';

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((n) => {
    const p = join(map, n);
    return statSync(p).isDirectory() ? bestanden(p) : /\.(svelte|ts)$/.test(n) ? [p] : [];
  });
}

/** Title/table builders outside src/views, with the page whose view draws their charts. */
const BOUWERS: Record<string, string> = { 'src/lib/model/vergelijking/titels.ts': 'vergelijken' };

/** The app page a view file belongs to: its top-level component or its folder. */
function paginaVanBestand(pad: string): string {
  if (BOUWERS[pad]) return BOUWERS[pad];
  const eerste = relative(VIEWS, pad).split(/[\\/]/)[0].replace(/\.svelte$/, '');
  return eerste.toLowerCase();
}

/** Template ids (`studie-${indicator}`) and the ids they stand for. */
const SJABLONEN: Record<string, string[]> = {
  'studie-${indicator}': STUDIE_GRAFIEKEN.map((g) => `studie-${g.indicator}`),
};

interface Gevonden { id: string; pagina: string; bestand: string }

/**
 * A chart frame's meta is an object literal with `titel` and `ondertitel`; its id is its `id`
 * property or comes from a spread helper called with the id (`...basis('kosten-lorenz', c)`,
 * or `const b = basis('kosten-curve', c); { ...b }`).
 */
function idsUitScript(code: string, bestand: string): { ids: string[]; onbekend: string[] } {
  const bron = ts.createSourceFile(bestand, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const ids: string[] = [];
  const onbekend: string[] = [];
  const tekstVan = (e: ts.Expression): string | null => {
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isTemplateExpression(e)) return e.getText().slice(1, -1);
    return null;
  };
  const uitAanroep = (e: ts.Expression): string | null =>
    ts.isCallExpression(e) && e.arguments.length ? tekstVan(e.arguments[0]) : null;
  const declaratie = (naam: string, vanaf: ts.Node): ts.Expression | null => {
    let gevonden: ts.Expression | null = null;
    const zoek = (n: ts.Node) => {
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === naam && n.initializer) gevonden = n.initializer;
      ts.forEachChild(n, zoek);
    };
    let scope: ts.Node = vanaf;
    while (scope.parent && !ts.isFunctionLike(scope)) scope = scope.parent;
    zoek(scope);
    return gevonden;
  };
  const bezoek = (n: ts.Node): void => {
    if (ts.isObjectLiteralExpression(n)) {
      const namen = new Set(n.properties.map((p) => (p.name && ts.isIdentifier(p.name) ? p.name.text : '')));
      // a meta literal, or a kgFiguur() call whose texts come from `<tekst>_titel` keys
      if ((namen.has('titel') && namen.has('ondertitel')) || ['id', 'tekst', 'rijen', 'noten'].every((k) => namen.has(k))) {
        let id: string | null = null;
        // a builder that forwards its caller's id (`id: m.id`): the ids are found at the callers
        const doorgegeven = n.properties.some((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'id' && ts.isPropertyAccessExpression(p.initializer));
        if (doorgegeven) {
          ts.forEachChild(n, bezoek);
          return;
        }
        for (const p of n.properties) {
          if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'id') id = tekstVan(p.initializer);
          if (!id && ts.isSpreadAssignment(p)) {
            const e = ts.isIdentifier(p.expression) ? declaratie(p.expression.text, n) : p.expression;
            id = e ? uitAanroep(e) : null;
          }
        }
        if (id) ids.push(id);
        else onbekend.push(`${bestand}:${bron.getLineAndCharacterOfPosition(n.getStart()).line + 1}`);
      }
    }
    ts.forEachChild(n, bezoek);
  };
  bezoek(bron);
  return { ids, onbekend };
}

function leesViews(): { gevonden: Gevonden[]; onbekend: string[] } {
  const gevonden: Gevonden[] = [];
  const onbekend: string[] = [];
  for (const bestand of [...bestanden(VIEWS), ...Object.keys(BOUWERS)]) {
    if (/[\\/]Embed\.svelte$/.test(bestand)) continue;
    const tekst = readFileSync(bestand, 'utf8');
    const scripts = bestand.endsWith('.svelte')
      ? [...tekst.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])
      : [tekst];
    const ids: string[] = [];
    for (const s of scripts) {
      const r = idsUitScript(s, bestand);
      ids.push(...r.ids);
      onbekend.push(...r.onbekend);
    }
    // Figures outside a chart frame name themselves in the markup.
    if (bestand.endsWith('.svelte')) for (const m of tekst.matchAll(/data-grafiek="([^"{}]+)"/g)) ids.push(m[1]);
    for (const id of ids) {
      for (const echt of SJABLONEN[id] ?? [id]) gevonden.push({ id: echt, pagina: paginaVanBestand(bestand), bestand });
    }
  }
  return { gevonden, onbekend };
}

const { gevonden, onbekend } = leesViews();

describe('insluitbare grafieken', () => {
  it('leest de grafieken uit de views (de lezer werkt)', () => {
    expect(onbekend).toEqual([]);
    const ids = new Set(gevonden.map((g) => g.id));
    // one per page, from each way an id is written: literal, template, spread helper, markup
    for (const id of ['strip', 'studie-lasten_per_gebruiker', 'groep', 'kosten-ontleding', 'kosten-curve', 'kosten-28', 'tijdlijn']) expect(ids).toContain(id);
    for (const t of Object.keys(SJABLONEN)) expect(ids).not.toContain(t);
  });

  it('elke grafiek van een pagina is insluitbaar met die pagina, of bewust uitgesloten', () => {
    const fout = gevonden.filter((g) =>
      Object.prototype.hasOwnProperty.call(NIET_INSLUITBAAR, g.id) ? false : INSLUITBARE_GRAFIEKEN[g.id] !== g.pagina,
    );
    expect(fout.map((g) => `${g.id} (${g.bestand}, pagina ${g.pagina}, lijst: ${INSLUITBARE_GRAFIEKEN[g.id] ?? '—'})`)).toEqual([]);
  });

  it('de lijsten noemen geen grafieken die niet (meer) bestaan, en geen id twee keer', () => {
    const ids = new Set(gevonden.map((g) => g.id));
    expect(Object.keys(INSLUITBARE_GRAFIEKEN).filter((id) => !ids.has(id))).toEqual([]);
    expect(Object.keys(NIET_INSLUITBAAR).filter((id) => !ids.has(id))).toEqual([]);
    expect(Object.keys(NIET_INSLUITBAAR).filter((id) => isInsluitbaarId(id))).toEqual([]);
    for (const reden of Object.values(NIET_INSLUITBAAR)) expect(reden.length).toBeGreaterThan(20);
  });

  it('de casusgrafieken van Kosten zijn precies de frames uit casus/meta.ts', () => {
    const uitMeta = gevonden.filter((g) => /casus[\\/]meta\.ts$/.test(g.bestand)).map((g) => g.id);
    expect([...new Set(uitMeta)].sort()).toEqual([...CASUS_GRAFIEK_IDS].sort());
  });

  it('het menu biedt "Insluiten" voor elke grafiek in de lijst', () => {
    for (const id of Object.keys(INSLUITBARE_GRAFIEKEN)) expect(redenGeenInsluiting({ id }, 'nl')).toBeNull();
    for (const id of Object.keys(NIET_INSLUITBAAR)) expect(redenGeenInsluiting({ id }, 'nl')).not.toBeNull();
  });

  it('paginaVan: de pagina van een grafiek, null voor onbekende ids', () => {
    expect(paginaVan('groep')).toBe('kaart');
    expect(paginaVan('kosten-lorenz')).toBe('kosten');
    expect(paginaVan('bestaat-niet')).toBeNull();
    expect(paginaVan('__proto__')).toBeNull();
    expect(paginaVan('toString')).toBeNull();
  });
});

describe('casusgrafieken: synthetisch gelabeld, eigen gegevens nooit insluitbaar', () => {
  const ctx = (herkomst: Context['herkomst']): Context => ({ taal: 'nl', datasetNaam: 'Test', bron: 'bron', herkomst, datumsGeschat: false });
  const metas = (c: Context) => [
    curveMeta([{ t: 0, gemiddeld: 1, cumulatief: 1, n: 2 }], { helling_voor: 1, helling_na: 2, n: 2 }, c).meta,
    verdelingMeta([{ klasse_van: 0, n: 2, bedrag: 10 }], c).meta,
    lorenzMeta([{ bin: 1, n: 2, bedrag: 10 }], c).meta,
    categorieMeta([{ categorie: 'kolb', bedrag: 10 }], c).meta,
  ];

  it('gebundelde bron en synthetische data: insluitbaar; synthetisch draagt het label', () => {
    for (const m of metas(ctx('bron'))) {
      expect(redenGeenInsluiting(m, 'nl')).toBeNull();
      expect(m.synthetisch).toBe(false);
    }
    for (const m of metas(ctx('synthetisch'))) {
      expect(redenGeenInsluiting(m, 'nl')).toBeNull();
      expect(m.synthetisch).toBe(true);
    }
  });

  it('eigen casusbestand: eigenImport, dus geen insluitcode maar de reden', () => {
    for (const m of metas(ctx('eigen_import'))) {
      expect(m.eigenImport).toBe(true);
      expect(redenGeenInsluiting(m, 'nl')).toMatch(/browser/);
    }
  });
});
