import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { laadVoorbereid, startRekenmodule } from './lib/state/data.svelte';
import { bewaartEigenData } from './lib/import/bewaren';
import { toonLaadfout } from './lib/components/laadfout';
import { startDuckDB } from './lib/db/duckdb';
import { leesUrl, type Pagina } from './lib/url/staat';

const doel = document.getElementById('app')!;

// The case pages draw their charts from DuckDB, whose start (~2 s, mostly compiling the wasm in
// its worker) was most of the wait for their first chart: they start it at once, alongside the
// baked data, instead of after the first frame (startRekenmodule then finds it started).
const DUCKDB_VOOR_EERSTE_GRAFIEK: readonly Pagina[] = ['kosten', 'thuiszitters'];
// They read only the case tables: the CBS base tables load when a question needs them (startRekenmodule).
const casusPagina = DUCKDB_VOOR_EERSTE_GRAFIEK.includes(leesUrl(location.search, { herindelingen: new Map() }).staat.pagina);
if (casusPagina) void startDuckDB().catch(() => {});

laadVoorbereid()
  .then(() => {
    doel.textContent = '';
    mount(App, { target: doel });
    // Marks for the benchmark (scripts/bench.ts): the first chart is on screen after this frame.
    requestAnimationFrame(() => performance.mark('eerste-grafiek'));
    // Elsewhere DuckDB starts after the first chart is on screen, so it never delays it.
    requestAnimationFrame(() =>
      setTimeout(() => {
        void startRekenmodule({ basisOpVraag: casusPagina });
        // Imports the user chose to keep come back in every view, not only on "Eigen data".
        if (bewaartEigenData()) void import('./lib/state/import.svelte').then((m) => m.startEigenData());
      }, 0),
    );
  })
  .catch((e: Error) => toonLaadfout(doel, e));
