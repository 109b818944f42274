// Light/dark theme. The app follows the system (prefers-color-scheme, pure CSS in app.css); the
// embed page may force a theme with `dark=true|false`. Forcing sets <html data-thema>, which the
// CSS variables in app.css key on; `auto` removes it so the media query decides.
import { bepaalThema, type DonkerModus } from '../embed/flags';

export const thema: { modus: DonkerModus; donker: boolean } = $state({ modus: 'auto', donker: false });

let stopLuisteraar: (() => void) | null = null;

export function pasThemaToe(modus: DonkerModus, root: HTMLElement = document.documentElement): void {
  stopLuisteraar?.();
  stopLuisteraar = null;
  thema.modus = modus;
  const mq = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const zet = () => {
    const gekozen = bepaalThema({ dark: modus, plain: false, lang: 'nl' }, mq?.matches ?? false);
    thema.donker = gekozen === 'donker';
    if (modus === 'auto') delete root.dataset.thema;
    else root.dataset.thema = gekozen;
    // Form controls and scrollbars follow the theme too.
    root.style.colorScheme = modus === 'auto' ? 'light dark' : gekozen === 'donker' ? 'dark' : 'light';
  };
  zet();
  if (mq && modus === 'auto') {
    mq.addEventListener('change', zet);
    stopLuisteraar = () => mq.removeEventListener('change', zet);
  }
}
