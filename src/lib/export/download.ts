/** Extensions we ever write; anything else is refused rather than passed to the browser. */
export type ExportExtensie = 'csv' | 'svg' | 'png' | 'zip' | 'txt';
const EXTENSIES: readonly string[] = ['csv', 'svg', 'png', 'zip', 'txt'];

/**
 * A file name from a chart title: ASCII slug (accents folded), only [a-z0-9-], at most 80
 * characters, so no path separators, dots or control characters from user text can get through.
 */
export function slug(tekst: string, maxLengte = 80): string {
  const s = tekst
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/€/g, 'euro')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLengte)
    .replace(/-+$/g, '');
  return s || 'grafiek';
}

export function veiligeBestandsnaam(titel: string, extensie: ExportExtensie): string {
  if (!EXTENSIES.includes(extensie)) throw new Error(`Onbekend bestandstype voor export: ${String(extensie)}`);
  return `${slug(titel)}.${extensie}`;
}

/** Browser only: save a Blob under a safe name via a temporary <a download>. */
export function downloadBlob(blob: Blob, titel: string, extensie: ExportExtensie): string {
  const naam = veiligeBestandsnaam(titel, extensie);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = naam;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the URL only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return naam;
}

/** Text (CSV, SVG) as a Blob with the right MIME type. */
export function tekstBlob(tekst: string, extensie: 'csv' | 'svg' | 'txt'): Blob {
  const mime = { csv: 'text/csv;charset=utf-8', svg: 'image/svg+xml;charset=utf-8', txt: 'text/plain;charset=utf-8' }[extensie];
  return new Blob([tekst], { type: mime });
}
