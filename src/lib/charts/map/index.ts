export { default as GemeenteKaart } from './GemeenteKaart.svelte';
export { kaartGeometrie, kaartKleuren, kleurVoor, buurInRichting, GEEN_GEGEVENS } from './kaart.ts';
export type { KaartVorm, KaartGeometrie, KaartKlasse, KaartKleur, KaartKleuren, Richting } from './kaart.ts';
