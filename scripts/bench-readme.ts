// Writes the README's performance section from scripts/bench/resultaten/*.json, so the figures in the
// README are always the measured ones. Usage: npx tsx scripts/bench-readme.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const lees = (naam: string) => (existsSync(`scripts/bench/resultaten/${naam}.json`) ? JSON.parse(readFileSync(`scripts/bench/resultaten/${naam}.json`, 'utf8')) : null);
const nl = (v: number | null | undefined, d = 0) => (v === null || v === undefined || Number.isNaN(v) ? '–' : v.toLocaleString('nl-NL', { maximumFractionDigits: d, minimumFractionDigits: d }));
const kb = (b: number) => `${nl(b / 1024, 1)} KB`;

const regels: string[] = [];
const v = lees('vergelijken');
if (v) {
  regels.push(`Vergelijken (\`${v.opdracht}\`, gemeten ${v.gemeten.slice(0, 10)}, ${v.machine.cpus} cores):`, '');
  regels.push('| meting | mediaan | p95 | budget |', '|---|---|---|---|');
  regels.push(`| eerste grafiek, koud (lege cache), n = ${v.koud.eersteGrafiek.n} | ${nl(v.koud.eersteGrafiek.mediaanMs)} ms | ${nl(v.koud.eersteGrafiek.p95Ms)} ms | ≤ 1.500 ms |`);
  regels.push(`| eerste grafiek, warm (herladen), n = ${v.warm.eersteGrafiek.n} | ${nl(v.warm.eersteGrafiek.mediaanMs)} ms | ${nl(v.warm.eersteGrafiek.p95Ms)} ms | ≤ 1.500 ms |`);
  regels.push(`| DuckDB klaar (start + tabellen), koud | ${nl(v.koud.duckdbKlaar.mediaanMs)} ms | ${nl(v.koud.duckdbKlaar.p95Ms)} ms | – (na de eerste grafiek) |`);
  regels.push(`| DuckDB klaar, warm | ${nl(v.warm.duckdbKlaar.mediaanMs)} ms | ${nl(v.warm.duckdbKlaar.p95Ms)} ms | – |`);
  regels.push(`| gemeente wisselen, ${v.wisselGemeente.n} willekeurige keuzes uit ${v.wisselGemeente.keuzes} | ${nl(v.wisselGemeente.mediaanMs)} ms | ${nl(v.wisselGemeente.p95Ms)} ms | ≤ 100 ms |`);
  regels.push(`| indicator wisselen (${v.wisselIndicator.noot}) | ${nl(v.wisselIndicator.mediaanMs)} ms | ${nl(v.wisselIndicator.p95Ms)} ms | ≤ 100 ms |`);
  if (v.duckdbQueryKoud) regels.push(`| DuckDB-query zonder cache (${v.duckdbQueryKoud.noot}) | ${nl(v.duckdbQueryKoud.mediaanMs)} ms | ${nl(v.duckdbQueryKoud.p95Ms)} ms | – |`);
  regels.push('', `JS vóór de eerste grafiek (zonder DuckDB-worker en -wasm): ${kb(v.koud.jsGzipBytes)} gzip, ${kb(v.koud.jsBrotliBytes)} brotli (budget 200 KB gecomprimeerd).`, '');
}
const p = lees('peers');
if (p) {
  regels.push(`Referentiegroepen en kaart (\`${p.commando}\`, Node, ${p.gemeenten} gemeenten; budget ${p.budget.msPerSet} ms per set, ${p.budget.msPerHerkleuring} ms per herkleuring):`, '');
  regels.push('| methode | gemiddeld | p95 | max |', '|---|---|---|---|');
  for (const [m, r] of Object.entries<Record<string, number>>(p.referentiegroepen)) regels.push(`| ${m} | ${nl(r.msGemiddeld, 2)} ms | ${nl(r.msP95, 2)} ms | ${nl(r.msMax, 1)} ms |`);
  const k = p.kaart;
  regels.push(`| kaart herkleuren (${k.herkleuringen}×) | ${nl(k.msHerkleuringGemiddeld, 2)} ms | ${nl(k.msHerkleuringP95, 2)} ms | ${nl(k.msHerkleuringMax, 1)} ms |`, '');
}
const k = lees('kosten');
/** Where a cold start went (seconds): the app's own breakdown; the rest is the first query and drawing. */
function opbouw(r: { koude_start_ms: number; db_start_ms?: number | null; koude_start_opbouw?: { msGenereren: number; msLaden?: number; msBouwen: number } | null }): string {
  const o = r.koude_start_opbouw;
  if (!o) return '–';
  // an older run did not record the DuckDB start ('–'): its rest then includes it. Since the
  // generator runs in DuckDB, generating is loading (msLaden is gone; older runs had both).
  const delen = [r.db_start_ms ?? 0, o.msGenereren + (o.msLaden ?? 0), o.msBouwen];
  const rest = r.koude_start_ms - delen.reduce((a, b) => a + b, 0);
  const s = (ms: number) => nl(ms / 1000, 1);
  return [r.db_start_ms == null ? '–' : s(r.db_start_ms), ...delen.slice(1).map(s), s(rest)].join(' · ');
}
if (k) {
  regels.push(`Kostencurves in Chromium, DuckDB-WASM één thread (\`${k.opdracht}\`; ${k.budget}; systeembelasting bij de start ${k.machine?.belasting_bij_start ? nl(k.machine.belasting_bij_start[0], 1) : '?'}):`, '');
  regels.push('| casussen | koude start (eerste grafiek) | waarvan DuckDB-start · genereren en laden · kubussen · rest (eerste query, tekenen) | alle kubussen klaar | filterwissel p50 (tot de paint) | p95 | p95 oude meting (frame na de paint) | voorgeaggregeerd vs ruw (mediaan ×) | JS-heap | DuckDB-geheugen |', '|---|---|---|---|---|---|---|---|---|---|');
  for (const r of k.resultaten) {
    if (r.fout) { regels.push(`| ${nl(r.n)} | mislukt: ${r.fout} | | | | | | | | |`); continue; }
    regels.push(`| ${nl(r.n)} | ${nl(r.koude_start_ms / 1000, 1)} s | ${opbouw(r)} | ${r.alle_kubussen_ms ? `${nl(r.alle_kubussen_ms / 1000, 1)} s` : '–'} | ${nl(r.filter_pre?.p50_ms)} ms | ${nl(r.filter_pre?.p95_ms)} ms | ${r.filter_pre?.frame_erna_p95_ms != null ? `${nl(r.filter_pre.frame_erna_p95_ms)} ms` : '–'} | ${r.pre_tegen_ruw?.verhouding_mediaan ? `${nl(r.pre_tegen_ruw.verhouding_mediaan, 0)}×` : r.pre_tegen_ruw?.verhouding_ondergrens ? `≥ ${nl(r.pre_tegen_ruw.verhouding_ondergrens)}× (ruw > 120 s)` : '–'} | ${nl((r.geheugen?.js_heap_used_bytes ?? NaN) / 2 ** 20)} MB | ${nl((r.geheugen?.duckdb_memory_totaal_bytes ?? NaN) / 2 ** 20)} MB |`);
  }
  const vzn = k.resultaten.filter((r: { filter_voorzien?: unknown }) => r.filter_voorzien);
  if (vzn.length) {
    const v0 = vzn[0].filter_voorzien;
    regels.push('', `Daarna per omvang ${v0.stappen} wissels waarbij het filter eerst geopend is en ${nl(v0.voorzien_ms)} ms later gekozen (de pagina rekent de opties van een geopend filter vooraf uit; staten die de eerste reeks niet bezocht), tot de paint: ${vzn.map((r: { n: number; filter_voorzien: { p50_ms: number; p95_ms: number; max_ms: number } }) => `${nl(r.n)}: p50 ${nl(r.filter_voorzien.p50_ms)} ms, p95 ${nl(r.filter_voorzien.p95_ms)} ms, max ${nl(r.filter_voorzien.max_ms)} ms`).join('; ')}.`);
  }
  const pzn = k.resultaten.filter((r: { filter_pauze?: unknown }) => r.filter_pauze);
  if (pzn.length) {
    const p0 = pzn[0].filter_pauze;
    regels.push('', `Daarna per omvang ${p0.stappen} wissels, elk ${nl(p0.pauze_ms)} ms na de paint van het vorige antwoord (een lezer die de grafieken bekijkt, zonder een filter eerst te openen; de pagina rekent de standen één keuze verderop vooraf uit zodra een antwoord 250 ms op het scherm staat), tot de paint: ${pzn.map((r: { n: number; filter_pauze: { p50_ms: number; p95_ms: number; max_ms: number } }) => `${nl(r.n)}: p50 ${nl(r.filter_pauze.p50_ms)} ms, p95 ${nl(r.filter_pauze.p95_ms)} ms, max ${nl(r.filter_pauze.max_ms)} ms`).join('; ')}.`);
  }
  for (const e of k.eigen_bestand ?? []) {
    const o = e.opbouw;
    const s = (ms: number) => `${nl(ms / 1000, 1)} s`;
    regels.push('', e.gebroken
      ? `Eigen casusbestand van ${nl(e.n)} casussen: mislukt (${e.gebroken}).`
      : `Eigen casusbestand van ${nl(e.n)} casussen (contract-CSV, via de upload van Kosten per casus; \`${e.opdracht ?? k.opdracht}\`${e.belasting_start ? `, systeembelasting ${nl(e.belasting_start[0], 1)}` : ''}): ${s(e.tot_eerste_grafiek_ms)} van neerzetten tot de eerste grafiek (doel 5 s)${o ? `, waarvan inlezen en controleren ${s(o.msLezen)}, inladen in DuckDB ${s(o.msInladen)}, kubussen ${s(o.msBouwen)}, rest (eerste query, tekenen) ${s(e.tot_eerste_grafiek_ms - o.msLezen - o.msInladen - o.msBouwen)}` : ''}.`);
  }
  regels.push('');
  const kb = k.kubusbundels;
  if (kb?.bundels?.length) {
    type Meting = { gebroken?: string; duckdb_klaar_ms: number; bundel_laden_van_tot_ms: [number, number] | null; eerste_grafiek_uit?: string; filters_werken_ms?: number };
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    const s = (ms: number | null | undefined) => (ms == null ? '–' : `${nl(ms / 1000, 1)} s`);
    regels.push(`Een meegeleverde gegevensset (een \`casus:aggregeer\`-bundel, of Gouda met zijn casusbestanden), koud van navigatie (\`?pagina=kosten&ds=<id>\`) tot de eerste grafiek (\`${kb.opdracht}\`, gemeten ${kb.gemeten.slice(0, 10)}; systeembelasting bij de start ${nl(kb.machine.belasting_bij_start[0], 1)}; medianen, per stap de mediaan over de runs):`, '');
    regels.push('| gegevensset | kubussen (rijen, waarvan intervalkubus) | bestanden | eerste grafiek (min–max) | eerste grafiek uit | filters werken na | waarvan DuckDB klaar · kubussen laden | intervalkubus binnen | filterwissel p50 · p95 (laatste run, tot de paint) |', '|---|---|---|---|---|---|---|---|---|');
    for (const b of kb.bundels) {
      const ok = (b.metingen as Meting[]).filter((m) => !m.gebroken);
      const rijen = b.inhoud.reduce((t: number, x: { rijen: number }) => t + x.rijen, 0);
      const iv = b.inhoud.find((x: { tabel: string }) => x.tabel === 'pa_lorenz_iv');
      const mb = b.inhoud.reduce((t: number, x: { bytes: number }) => t + x.bytes, 0) / 2 ** 20;
      const laden = ok.every((m) => m.bundel_laden_van_tot_ms) ? med(ok.map((m) => m.bundel_laden_van_tot_ms![1] - m.bundel_laden_van_tot_ms![0])) : null;
      const stappen = ok.length ? [med(ok.map((m) => m.duckdb_klaar_ms)), laden].map(s).join(' · ') : '–';
      const uit = [...new Set(ok.map((m) => m.eerste_grafiek_uit ?? 'DuckDB'))].join(', ');
      const werken = ok.some((m) => m.filters_werken_ms == null) ? null : med(ok.map((m) => m.filters_werken_ms!));
      const mm = b.eerste_grafiek_min_max_ms ? ` (${s(b.eerste_grafiek_min_max_ms[0])}–${s(b.eerste_grafiek_min_max_ms[1])})` : '';
      regels.push(`| ${b.dataset} | ${iv ? `${nl(rijen)} (${nl(iv.rijen)})` : 'geen (casusbestanden)'} | ${iv ? `${nl(mb, 1)} MB (intervalkubus ${nl(iv.bytes / 2 ** 20, 1)} MB)` : '–'} | ${s(b.eerste_grafiek_mediaan_ms)}${mm} | ${uit || '–'} | ${s(werken)} | ${stappen} | ${s(b.alle_kubussen_mediaan_ms)} | ${b.filter_pre ? `${nl(b.filter_pre.p50_ms)} · ${nl(b.filter_pre.p95_ms)} ms (${b.filter_pre.stappen} wissels)` : '–'} |`);
    }
    regels.push('');
    const vz = kb.bundels.filter((b: { filter_voorzien?: unknown }) => b.filter_voorzien);
    for (const b of vz) {
      const f = b.filter_voorzien;
      regels.push(`- ${b.dataset}, filter eerst geopend en ${nl(f.voorzien_ms)} ms later gekozen (de pagina rekent de opties van een geopend filter vooraf uit; ${f.stappen} wissels naar staten die de eerste reeks niet bezocht): p50 ${nl(f.p50_ms)} ms, p95 ${nl(f.p95_ms)} ms, max ${nl(f.max_ms)} ms tot de paint.`);
    }
    for (const b of kb.bundels.filter((b: { filter_pauze?: unknown }) => b.filter_pauze)) {
      const f = b.filter_pauze;
      regels.push(`- ${b.dataset}, elke wissel ${nl(f.pauze_ms)} ms na de paint van het vorige antwoord (de pagina rekent de standen één keuze verderop vooraf uit; ${f.stappen} wissels naar staten die de eerdere reeksen niet bezochten): p50 ${nl(f.p50_ms)} ms, p95 ${nl(f.p95_ms)} ms, max ${nl(f.max_ms)} ms tot de paint.`);
    }
    for (const b of kb.bundels.filter((b: { filter_na_rust?: unknown }) => b.filter_na_rust)) {
      const f = b.filter_na_rust;
      regels.push(`- ${b.dataset}, een andere koude run: de eerste reeks (direct na elkaar) pas ${nl(f.rust_ms)} ms nadat alle kubussen er zijn (een lezer bekijkt eerst de grafieken; de pagina warmt DuckDB-WASM in die tijd op met de standen twee keuzes verderop; ${f.stappen} wissels): p50 ${nl(f.p50_ms)} ms, p95 ${nl(f.p95_ms)} ms, max ${nl(f.max_ms)} ms tot de paint.`);
    }
    // --terugkeer: a second visit in the same profile; A/B against a build without duckdbCodeCache
    const zonder = new Map<string, { p50_ms: number; p95_ms: number }>((lees('kosten-terugkeer-zonder')?.kubusbundels.bundels ?? []).map((b: { dataset: string; filter_terugkeer: { p50_ms: number; p95_ms: number } }) => [b.dataset, b.filter_terugkeer]));
    for (const b of kb.bundels.filter((b: { filter_terugkeer?: unknown }) => b.filter_terugkeer)) {
      const f = b.filter_terugkeer;
      const z = zonder.get(b.dataset);
      regels.push(`- ${b.dataset}, tweede bezoek in hetzelfde Chromium-profiel (\`--terugkeer\`; het eerste bezoek bleef 5 s open): de eerste reeks direct na elkaar zodra alle kubussen er zijn (${f.stappen} wissels): p50 ${nl(f.p50_ms)} ms, p95 ${nl(f.p95_ms)} ms tot de paint${z ? `; op een build zonder \`scripts/lib/duckdbCodeCache.ts\` (\`scripts/bench/resultaten/kosten-terugkeer-zonder.json\`) p50 ${nl(z.p50_ms)} ms, p95 ${nl(z.p95_ms)} ms` : ''}.`);
    }
    if (vz.length || kb.bundels.some((b: { filter_pauze?: unknown; filter_na_rust?: unknown; filter_terugkeer?: unknown }) => b.filter_pauze || b.filter_na_rust || b.filter_terugkeer)) regels.push('');
  }
}
const ow = lees('opwarmen');
if (ow) {
  regels.push(`DuckDB-WASM warmt op (\`${ow.opdracht}\`, gemeten ${ow.gemeten.slice(0, 10)}, systeembelasting ${nl(ow.machine.belasting_bij_start[0], 1)}): de SQL-opdracht van een filterwissel op Kosten per casus, ${nl(ow.n)} casussen, voor willekeurige filterstanden na elkaar, zonder tekenen: ${ow.blokken.map((b: { vragen: string; p50_ms: number; p95_ms: number }) => `vragen ${b.vragen} p50 ${nl(b.p50_ms, 1)} ms, p95 ${nl(b.p95_ms, 1)} ms`).join('; ')}. Waarschijnlijke oorzaak: V8 optimaliseert een wasm-functie pas als die een tijd gedraaid heeft (dynamic tiering) en compileert die op de andere core; met Chromium gestart met \`--js-flags=--wasm-tiering-budget=50000\` (alleen als proef, een pagina kan dat niet) zakte het na ± 300 vragen naar p50 6,2 en p95 6,5 ms. Vooruit vragen in stille tijd doet dat werk vóór de gebruiker kiest.`, '');
  const leeg = lees('opwarmen-leeg');
  if (leeg?.leeg) {
    const [a, b] = [leeg.blokken[0], ow.blokken[0]];
    regels.push(`Opwarmen heeft de gegevens niet nodig (\`${leeg.opdracht} --out scripts/bench/resultaten/opwarmen-leeg.json\`, gemeten ${leeg.gemeten.slice(0, 10)}): na eerst ${nl(leeg.leeg.vragen)} dezelfde opdrachten op een lege selectie (een dataset-id zonder rijen; samen ${nl(leeg.leeg.totaal_ms / 1000, 1)} s) zijn vragen ${a.vragen} p50 ${nl(a.p50_ms, 1)} ms en p95 ${nl(a.p95_ms, 1)} ms, tegen p50 ${nl(b.p50_ms, 1)} en p95 ${nl(b.p95_ms, 1)} ms zonder (regel hierboven). Wat opwarmt is DuckDB's vaste werk per opdracht (ontleden, plannen, de uitvoering opzetten), niet het lezen van de kubussen: zo'n opwarming kan lopen voordat de gegevens er zijn. Niet gebouwd: op de pagina is DuckDB vóór de gegevens zelden stil (genereren en laden houden de worker bezig, en tijdens het inlezen van een eigen bestand zijn beide cores al bezig).`, '');
  }
}
const laden = [100_000, 1_000_000].map((n) => lees(`laden-${n}`)).filter(Boolean);
if (laden.length) {
  regels.push('Waar het laden van een synthetische set heen gaat, per stap (DuckDB-WASM in Node, één thread, zoals in de browser; `npx tsx scripts/bench-laden.ts --n <n>`):', '');
  regels.push('| casussen | genereren in DuckDB | kubussen vóór de eerste grafiek | intervalkubus (na de eerste grafiek) | systeembelasting |', '|---|---|---|---|---|');
  const s = (x: { ms: number; cpu_ms: number }) => `${nl(x.ms / 1000, 1)} s (cpu ${nl(x.cpu_ms / 1000, 1)} s)`;
  for (const l of laden) regels.push(`| ${nl(l.n)} | ${s(l.totalen.genereren)} | ${s(l.totalen.kubussen_eerste_grafiek)} | ${s(l.totalen.na_eerste_grafiek)} | ${nl(l.machine.belasting[0], 1)} |`);
  regels.push('');
}
const r = lees('routes');
if (r) {
  regels.push(`Thuiszitterroutes (\`npx tsx scripts/bench-routes.ts ${r.opdracht ?? ''}\`):`, '');
  const n = r.natief;
  if (n) regels.push(`- native DuckDB, ${nl(n.n_casussen)} routes: filterwissel zoals de pagina p50 ${nl(n.zoals_de_pagina.per_wijziging_ms.p50)} ms, p95 ${nl(n.zoals_de_pagina.per_wijziging_ms.p95)} ms; algemene vragen p95 ${nl(n.algemene_vragen.per_wijziging_ms.p95)} ms.`);
  const b = r.browser;
  if (b?.per_wijziging_ms) regels.push(`- browser (DuckDB-WASM, de echte pagina), ${nl(b.wijzigingen)} willekeurige filterwissels: p50 ${nl(b.per_wijziging_ms.p50)} ms, p95 ${nl(b.per_wijziging_ms.p95)} ms (budget 100 ms); pagina klaar na ${nl(b.pagina_klaar_ms / 1000, 1)} s.`);
  const vz = b?.na_openen;
  if (vz) regels.push(`- daarna ${nl(vz.metingen_ms.length)} wissels waarbij elk element eerst gefocust is en ${nl(vz.voorzien_ms)} ms later gewijzigd (de pagina rekent de volgende toestanden van een geopend element vooraf uit; ${nl(vz.uit_cache)} uit de cache): p50 ${nl(vz.per_wijziging_ms.p50)} ms, p95 ${nl(vz.per_wijziging_ms.p95)} ms, max ${nl(vz.per_wijziging_ms.max)} ms.`);
  const pz = b?.na_pauze;
  if (pz) regels.push(`- daarna ${nl(pz.metingen_ms.length)} wissels, elk ${nl(pz.pauze_ms)} ms nadat de vorige getekend is (een lezer, niets eerst gefocust; de pagina rekent alle toestanden één keuze verderop vooraf uit zodra een antwoord 250 ms op het scherm staat; ${nl(pz.uit_cache)} uit de cache): p50 ${nl(pz.per_wijziging_ms.p50)} ms, p95 ${nl(pz.per_wijziging_ms.p95)} ms, max ${nl(pz.per_wijziging_ms.max)} ms.`);
  const e = r.eerste_grafiek;
  type Build = { naam: string; eerste_grafiek_ms: { mediaan: number; min: number; max: number }; filters_werken_ms: { mediaan: number } };
  const sec = (ms: number) => `${nl(ms / 1000, 1)} s`;
  const bu = r.bundels;
  for (const m of bu?.metingen ?? []) {
    const z = (x: { per_wijziging_ms: { p50: number; p95: number } } | undefined) => (x ? `p50 ${nl(x.per_wijziging_ms.p50)} ms, p95 ${nl(x.per_wijziging_ms.p95)} ms` : '–');
    regels.push(`- als bundel \`${m.dataset}\` (\`${bu.opdracht}\`, gemeten ${bu.gemeten.slice(0, 10)}, systeembelasting ${nl(bu.omgeving_start.load_1m, 1)}): eerste grafiek na ${nl(m.eerste_grafiek_ms / 1000, 1)} s, pagina klaar (filters op DuckDB) na ${nl(m.pagina_klaar_ms / 1000, 1)} s; ${nl(m.wijzigingen)} filterwissels ${z(m)}${m.na_openen ? `; eerst gefocust ${z(m.na_openen)}` : ''}${m.na_pauze ? `; 1 s na de vorige ${z(m.na_pauze)}` : ''}${m.na_rust ? `; in een nieuwe browser pas ${nl(m.na_rust.rust_ms / 1000, 1)} s nadat de pagina klaar is (de pagina warmt DuckDB-WASM intussen op), dan direct na elkaar ${z(m.na_rust)}` : ''}.`);
  }
  if (e?.builds?.length) regels.push(`- eerste grafiek van de standaardweergave (Gouda), koud, ${e.runs} runs per build om de beurt (\`${e.opdracht}\`, gemeten ${e.gemeten.slice(0, 10)}, systeembelasting ${nl(e.omgeving_start.load_1m, 1)}–${nl(e.omgeving_einde.load_1m, 1)}): ${(e.builds as Build[]).map((x) => `${x.naam} ${sec(x.eerste_grafiek_ms.mediaan)} (${sec(x.eerste_grafiek_ms.min)}–${sec(x.eerste_grafiek_ms.max)}), filters werken na ${sec(x.filters_werken_ms.mediaan)}`).join('; ')}.`);
  regels.push('');
}
const ag = lees('aggregeer');
if (ag) {
  regels.push(`Kubussen buiten de browser (\`npm run casus:aggregeer\`, native DuckDB op schijf; \`${ag.opdracht}\`, gemeten ${ag.gemeten.slice(0, 10)}, ${ag.machine.cpus} cores, ${ag.machine.geheugen_gb} GB):`, '');
  regels.push('| casussen | invoer | inlezen | kubussen bouwen | Thuiszitters-tabellen | onderdrukken en schrijven | totaal | piekgeheugen | piek per stap (inlezen · kubussen · Thuiszitters · schrijven) | uitvoer | systeembelasting |', '|---|---|---|---|---|---|---|---|---|---|---|');
  for (const m of ag.metingen) {
    if (m.fout) { regels.push(`| ${nl(m.casussen)} | mislukt: ${m.fout} | | | | | | | | | |`); continue; }
    const t = m.tijden_ms;
    const p = m.piek_rss_mb_per_stap as Record<string, number> | undefined;
    const perStap = p ? ['inlezen', 'kubussen', 'routes', 'onderdrukken en schrijven'].map((s) => (p[s] == null ? '–' : nl(p[s] / 1024, 1))).join(' · ') + ' GB' : '–';
    regels.push(`| ${nl(m.casussen)} | ${nl(m.invoer_bytes / 2 ** 20)} MB | ${nl(t.inlezen / 1000, 1)} s | ${nl(t.kubussen / 1000, 1)} s | ${t.routes == null ? '–' : m.routes_weggelaten ? `weggelaten: passen niet in ${m.duckdb_geheugenlimiet} (${nl(t.routes / 1000, 1)} s tot de fout)` : `${nl(t.routes / 1000, 1)} s`} | ${nl(t['onderdrukken en schrijven'] / 1000, 1)} s | ${nl(t.totaal / 1000, 1)} s | ${nl(m.piek_rss_mb)} MB RSS | ${perStap} | ${nl(m.uitvoer_bytes / 2 ** 20, 1)} MB | ${nl(m.systeembelasting_start?.[0] ?? m.systeembelasting_start, 1)} |`);
  }
  regels.push('', `${ag.noot}`, '');
}
const im = lees('import');
if (im) {
  regels.push(`Importeren (\`${im.opdracht}\`):`, '');
  regels.push('| omgeving | bestand | feiten | tot voorbeeld (inlezen + klaarzetten in DuckDB) | toevoegen | piekgeheugen |', '|---|---|---|---|---|---|');
  for (const x of im.samenvatting.node ?? []) regels.push(`| Node | ${nl(x.bestand_mb)} MB | ${nl(x.feiten)} | ${nl(x.parse_en_laden_s, 1)} s (waarvan inlezen ${nl(x.parse_s, 1)} s) | ${nl(x.toevoegen_s, 1)} s | ${nl(x.laden_piek_rss_mb)} MB RSS |`);
  for (const x of im.samenvatting.browser ?? []) {
    if (x.fout) regels.push(`| Chromium | ${nl(x.bestand_mb, 1)} MB | – | mislukt: ${String(x.fout).split('\n')[0].replace(/\|/g, '/')} | – | – |`);
    else regels.push(`| Chromium | ${nl(x.bestand_mb, 1)} MB | ${x.feiten_geaccepteerd} | ${nl(x.inlezen_tot_voorbeeld_s, 1)} s | ${nl(x.toevoegen_s, 1)} s | ${nl(x.browser_rss_piek_mb)} MB RSS (langste taak hoofdthread ${nl(x.langste_taak_hoofdthread_ms)} ms) |`);
  }
  const na = (im.samenvatting.browser ?? []).filter((x: { na_import_wissel_indicator_ms?: unknown }) => x.na_import_wissel_indicator_ms);
  type Kw = { n: number; p50: number; p95: number };
  type NaImport = Kw & { eigen_indicatoren: number; eigen_in_keuzelijst_na_ms: number; eerste_bezoek?: Kw; herhaald?: Kw; duckdb_strip_vraag_ms?: Kw };
  const kw = (k: Kw) => `p50 ${nl(k.p50)} ms, p95 ${nl(k.p95)} ms`;
  if (na.length) regels.push('', ...na.map((x: { bestand_mb: number; feiten_geaccepteerd: string; na_import_wissel_indicator_ms: NaImport }) => {
    const w = x.na_import_wissel_indicator_ms;
    const delen = w.eerste_bezoek && w.herhaald && w.duckdb_strip_vraag_ms
      ? ` (eerste keer ${w.eerste_bezoek.n}×: ${kw(w.eerste_bezoek)}; opnieuw ${w.herhaald.n}×: ${kw(w.herhaald)}); de vraag van de strip zelf in DuckDB, zonder cache, ${w.duckdb_strip_vraag_ms.n}×: ${kw(w.duckdb_strip_vraag_ms)}. De eigen indicatoren staan ${nl(w.eigen_in_keuzelijst_na_ms / 1000, 1)} s na "Toevoegen" in de keuzelijst`
      : '';
    return `- Daarna, met ${x.feiten_geaccepteerd} eigen cijfers in DuckDB (${nl(x.bestand_mb, 0)} MB): ${w.n} willekeurige indicatorwissels in Vergelijken (${w.eigen_indicatoren} eigen + 2 meegeleverde indicatoren) ${kw(w)}${delen}.`;
  }));
  regels.push('');
}
const readme = readFileSync('README.md', 'utf8');
const blok = `<!-- bench:start (gegenereerd door scripts/bench-readme.ts) -->\n${regels.join('\n')}\n<!-- bench:end -->`;
writeFileSync('README.md', readme.replace(/<!-- bench:start[\s\S]*?<!-- bench:end -->/, blok));
console.log('README bijgewerkt met', regels.length, 'regels');
