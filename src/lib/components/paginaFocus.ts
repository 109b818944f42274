// After in-app navigation a screen-reader or keyboard user lands on the new page's heading,
// not on the link they just left (WCAG 2.4.3). Views load lazily, so wait for the heading.
import { tick } from 'svelte';

/** Focuses the first h1/h2 in `wortel` once it exists (at most `maxMs` later). */
export async function focusOpPaginakop(wortel: HTMLElement, maxMs = 8000): Promise<void> {
  await tick();
  const zoek = () => wortel.querySelector<HTMLElement>('h1, h2');
  const kop = zoek() ?? (await new Promise<HTMLElement | null>((klaar) => {
    const stop = setTimeout(() => { waarnemer.disconnect(); klaar(null); }, maxMs);
    const waarnemer = new MutationObserver(() => {
      const k = zoek();
      if (!k) return;
      clearTimeout(stop);
      waarnemer.disconnect();
      klaar(k);
    });
    waarnemer.observe(wortel, { childList: true, subtree: true });
  }));
  if (!kop) return;
  // a heading is not focusable by itself; -1 keeps it out of the Tab order
  if (!kop.hasAttribute('tabindex')) kop.tabIndex = -1;
  kop.focus();
}
