import { HOOGTE_BERICHT_TYPE } from './hoogte.ts';
import type { Taal } from '../i18n/taal';
import { tekst } from '../i18n/teksten';

/*
 * Embed code for journalists (anchors §E, Datawrapper "Responsive iframe"): an iframe at 100 %
 * width with a sensible initial height, plus a few lines of host script that apply the height
 * messages from hoogte.ts. The script only trusts messages with our `type`, from the window of an
 * iframe it marked, whose src has the message's origin. Works without special server headers.
 */

/** Escape for a double-quoted HTML attribute (and safe in text too). */
export function htmlAttribuut(tekst: string): string {
  return tekst
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Largest height the host script will apply (guards against a runaway message). */
export const MAX_HOOGTE = 20000;

/**
 * The host script, byte-for-byte what tests/fixtures/embed-host-voorbeeld.html contains. ES5 on purpose:
 * it runs in whatever CMS the newspaper uses. It registers once, however many embeds a page has.
 */
export const HOST_SCRIPT =
  '<script>\n' +
  '(function(){if(window.jzvHoogteLuisteraar)return;window.jzvHoogteLuisteraar=1;\n' +
  'window.addEventListener("message",function(e){var d=e.data;\n' +
  `if(!d||d.type!=="${HOOGTE_BERICHT_TYPE}"||typeof d.hoogte!=="number"||!(d.hoogte>0))return;\n` +
  'var f=document.querySelectorAll("iframe[data-jzv-embed]");\n' +
  'for(var i=0;i<f.length;i++){if(f[i].contentWindow===e.source&&f[i].src.indexOf(e.origin+"/")===0){\n' +
  `f[i].style.height=Math.min(Math.ceil(d.hoogte),${MAX_HOOGTE})+"px";}}});})();\n` +
  '</script>';

export interface EmbedCodeInvoer {
  /** Absolute http(s) URL of the chart-only embed page, flags included. */
  url: string;
  /** Iframe title for screen readers: the chart title. */
  titel: string;
  /** Identifier of the chart (also sent back in the height message). */
  id: string;
  /** Initial height in px before the first message arrives. */
  hoogte?: number;
}

export interface EmbedCode {
  iframe: string;
  script: string;
  /** iframe + script, what the "Insluiten" dialog offers to copy. */
  code: string;
}

/** Only http(s): a `javascript:` or `data:` URL in an iframe would run in the host's page. */
export function controleerEmbedUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`Insluitcode: "${url}" is geen volledige URL.`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    throw new Error(`Insluitcode: alleen http- of https-adressen kunnen worden ingesloten, niet "${u.protocol}".`);
  }
  return u.href;
}

export function veiligEmbedId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64) || 'grafiek';
}

export function maakEmbedCode(inv: EmbedCodeInvoer): EmbedCode {
  const url = controleerEmbedUrl(inv.url);
  const hoogte = Math.min(MAX_HOOGTE, Math.max(100, Math.round(inv.hoogte ?? 500)));
  const iframe =
    `<iframe src="${htmlAttribuut(url)}" title="${htmlAttribuut(inv.titel)}" ` +
    `data-jzv-embed="${htmlAttribuut(veiligEmbedId(inv.id))}" loading="lazy" scrolling="no" ` +
    `style="width:100%;height:${hoogte}px;border:0;"></iframe>`;
  return { iframe, script: HOST_SCRIPT, code: `${iframe}\n${HOST_SCRIPT}` };
}

export interface InsluitbaarheidInvoer {
  eigenImport: boolean;
}

/**
 * Charts on imported data cannot be embedded: that data never leaves the reader's browser, so an
 * embed would show nothing to anyone else. Returns the reason to show, or null when embeddable.
 */
export function redenNietInsluitbaar(data: InsluitbaarheidInvoer, lang: Taal = 'nl'): string | null {
  if (!data.eigenImport) return null;
  return tekst(lang, 'menu_niet_insluitbaar_eigen');
}
