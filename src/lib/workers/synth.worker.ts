// Generates a synthetic cohort off the main thread and streams it as contract CSV chunks
// (UTF-8 bytes, transferred, not copied), so the page stays responsive at 1.000.000 cases.
// The generator is the same pure module the Node script uses: same seed → same cases.
import { genereerCasussen } from '../model/casus/synth/generator.ts';
import { casusRegel, episodeRegel, KOP, kostenRegel } from '../model/casus/synth/csv.ts';

export interface SynthVraag {
  n: number;
  seed: number;
  /** cases per chunk */
  blok: number;
}
export type SynthBericht =
  | { soort: 'blok'; casus: Uint8Array; episode: Uint8Array; kosten: Uint8Array; klaar: number }
  | { soort: 'einde'; n: number; ms: number }
  | { soort: 'fout'; melding: string };

const enc = new TextEncoder();

self.onmessage = (e: MessageEvent<SynthVraag>) => {
  const { n, seed, blok } = e.data;
  const t0 = performance.now();
  try {
    let c: string[] = [KOP.casus];
    let ep: string[] = [KOP.episode];
    let k: string[] = [KOP.kosten];
    let i = 0;
    const stuur = () => {
      const b = { casus: enc.encode(c.join('')), episode: enc.encode(ep.join('')), kosten: enc.encode(k.join('')) };
      const bericht: SynthBericht = { soort: 'blok', ...b, klaar: i };
      (self as unknown as Worker).postMessage(bericht, [b.casus.buffer, b.episode.buffer, b.kosten.buffer]);
      c = [KOP.casus];
      ep = [KOP.episode];
      k = [KOP.kosten];
    };
    // one cost row per phase and category: the SQL spreads amounts over months anyway (7× fewer rows)
    for (const r of genereerCasussen({ n, seed, kosten: 'fase' })) {
      c.push(casusRegel(r.casus));
      for (const x of r.episodes) ep.push(episodeRegel(x));
      for (const x of r.kosten) k.push(kostenRegel(x));
      if (++i % blok === 0) stuur();
    }
    if (i % blok !== 0) stuur();
    (self as unknown as Worker).postMessage({ soort: 'einde', n: i, ms: performance.now() - t0 } satisfies SynthBericht);
  } catch (err) {
    (self as unknown as Worker).postMessage({ soort: 'fout', melding: (err as Error).message } satisfies SynthBericht);
  }
};
