import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { laadVoorbereid, startRekenmodule } from './lib/state/data.svelte';
import { bewaartEigenData } from './lib/import/bewaren';
import { toonLaadfout } from './lib/components/laadfout';

const doel = document.getElementById('app')!;

laadVoorbereid()
  .then(() => {
    doel.textContent = '';
    mount(App, { target: doel });
    // Marks for the benchmark (scripts/bench.ts): the first chart is on screen after this frame.
    requestAnimationFrame(() => performance.mark('eerste-grafiek'));
    // DuckDB starts after the first chart is on screen, so it never delays it.
    requestAnimationFrame(() =>
      setTimeout(() => {
        void startRekenmodule();
        // Imports the user chose to keep come back in every view, not only on "Eigen data".
        if (bewaartEigenData()) void import('./lib/state/import.svelte').then((m) => m.startEigenData());
      }, 0),
    );
  })
  .catch((e: Error) => toonLaadfout(doel, e));
