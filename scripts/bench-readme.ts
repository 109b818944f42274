// Writes the README's performance section from bench-results/*.json, so the figures in the
// README are always the measured ones. Usage: npx tsx scripts/bench-readme.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const lees = (naam: string) => (existsSync(`bench-results/${naam}.json`) ? JSON.parse(readFileSync(`bench-results/${naam}.json`, 'utf8')) : null);
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
for (const [naam, titel] of [['peers', 'Referentiegroepen en kaart'], ['kosten', 'Kostencurves'], ['routes', 'Thuiszitterroutes'], ['import', 'Importeren']] as const) {
  const r = lees(naam);
  if (!r) continue;
  regels.push(`${titel} (\`bench-results/${naam}.json\`${r.opdracht ? `, \`${r.opdracht}\`` : ''}):`, '', '```json', JSON.stringify(r.samenvatting ?? r, null, 1).slice(0, 1800), '```', '');
}
const readme = readFileSync('README.md', 'utf8');
const blok = `<!-- bench:start (gegenereerd door scripts/bench-readme.ts) -->\n${regels.join('\n')}\n<!-- bench:end -->`;
writeFileSync('README.md', readme.replace(/<!-- bench:start[\s\S]*?<!-- bench:end -->/, blok));
console.log('README bijgewerkt met', regels.length, 'regels');
