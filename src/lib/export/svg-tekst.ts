import { eenRegel } from './regel.ts';

/* Text helpers shared by the SVG document and its legend (pure, tested in Node). */

/** Escape text for XML content and attributes; drop characters XML 1.0 does not allow. */
export function xmlTekst(tekst: string): string {
  return tekst
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Greedy word wrap on an estimated character budget (SVG text does not wrap by itself). */
export function breekTekst(tekst: string, maxTekens: number): string[] {
  const max = Math.max(8, Math.floor(maxTekens));
  const regels: string[] = [];
  let huidig = '';
  for (let woord of eenRegel(tekst).split(' ')) {
    if (!woord) continue;
    while (woord.length > max) {
      if (huidig) { regels.push(huidig); huidig = ''; }
      regels.push(woord.slice(0, max));
      woord = woord.slice(max);
    }
    if (!huidig) huidig = woord;
    else if (huidig.length + 1 + woord.length <= max) huidig += ` ${woord}`;
    else { regels.push(huidig); huidig = woord; }
  }
  if (huidig) regels.push(huidig);
  return regels;
}

/**
 * Computed styles may give `url("http://host/page#arcering")` for a pattern fill; in a standalone
 * file only the fragment still resolves. No fragment → "none" (never point at another host).
 */
export function lokaleUrl(waarde: string): string {
  if (!waarde.includes('url(')) return waarde;
  return waarde.replace(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g, (_m, _q, adres: string) => {
    const i = adres.indexOf('#');
    const id = i >= 0 ? adres.slice(i + 1) : '';
    return /^[A-Za-z_][\w.-]*$/.test(id) ? `url(#${id})` : 'none';
  });
}
