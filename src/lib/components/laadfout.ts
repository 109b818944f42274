/** Shown when the baked data cannot be fetched: plain text only, so a message never injects HTML. */
export function toonLaadfout(doel: HTMLElement, e: Error): void {
  doel.innerHTML = '';
  const p = document.createElement('p');
  p.className = 'fout';
  p.textContent = `De gegevens konden niet geladen worden: ${e.message}`;
  doel.append(p);
}
