// Chart-only entry (embed.html): one chart, its title and source line, and a link to the full app.
// No navigation. Works from any static host: no special headers are needed.
import { mount } from 'svelte';
import './app.css';
import Embed from './views/Embed.svelte';
import { laadVoorbereid, startRekenmodule } from './lib/state/data.svelte';
import { toonLaadfout } from './lib/components/laadfout';

const doel = document.getElementById('app')!;

function startDbAlsNodig(wortel: HTMLElement): void {
  const nodig = () => wortel.querySelector('[data-status="laden"]') !== null;
  if (nodig()) {
    void startRekenmodule();
    return;
  }
  const waarnemer = new MutationObserver(() => {
    if (!nodig()) return;
    waarnemer.disconnect();
    void startRekenmodule();
  });
  waarnemer.observe(wortel, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
}

laadVoorbereid()
  .then(() => {
    doel.textContent = '';
    mount(Embed, { target: doel });
    // DuckDB (several MB) only when the baked answers do not cover this chart: a news page with
    // an embed should not download a database it does not need. The views of Kaart, Kosten and
    // Thuiszitters load after the first render, so keep watching until one of them says "laden".
    requestAnimationFrame(() => setTimeout(() => startDbAlsNodig(doel), 0));
  })
  .catch((e: Error) => toonLaadfout(doel, e));
