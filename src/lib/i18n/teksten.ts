// The one UI dictionary, Dutch first. Data labels (indicator names) come from the indicator
// catalogue. Strings live in blocks, one per page (teksten-<pagina>.ts); this file joins them into
// one dictionary per language. A new block is one import and one entry in BLOKKEN.
import { ALGEMEEN_TEKSTEN } from './teksten-algemeen';
import { APP_TEKSTEN } from './teksten-app';
import { BRON_TEKSTEN } from './teksten-bron';
import { DOORBRAAK_TEKSTEN } from './teksten-doorbraak';
import { ELFTAL_TEKSTEN } from './teksten-elftal';
import { EXPORT_TEKSTEN } from './teksten-export';
import { HELDER_TEKSTEN } from './teksten-helder';
import { IMPORT_TEKSTEN } from './teksten-import';
import { IMPORTEREN_TEKSTEN } from './teksten-importeren';
import { KAART_TEKSTEN } from './teksten-kaart';
import { KOSTEN_TEKSTEN } from './teksten-kosten';
import { KOSTEN_CASUS_TEKSTEN } from './teksten-kosten-casus';
import { MENU_TEKSTEN } from './teksten-menu';
import { PEERS_TEKSTEN } from './teksten-peers';
import { THUISZITTERS_TEKSTEN } from './teksten-thuiszitters';
import type { Taal } from './taal';
import { opzoeker } from './vul';

export const BLOKKEN = [
  ALGEMEEN_TEKSTEN, APP_TEKSTEN, BRON_TEKSTEN, DOORBRAAK_TEKSTEN, ELFTAL_TEKSTEN, EXPORT_TEKSTEN, HELDER_TEKSTEN,
  IMPORT_TEKSTEN, IMPORTEREN_TEKSTEN, KAART_TEKSTEN, KOSTEN_TEKSTEN, KOSTEN_CASUS_TEKSTEN, MENU_TEKSTEN, PEERS_TEKSTEN,
  THUISZITTERS_TEKSTEN,
] as const;

// A union over the blocks (distributive), so a key of any block is a key of the dictionary.
type SleutelsVan<B> = B extends { nl: infer N } ? keyof N : never;
export type TekstSleutel = SleutelsVan<(typeof BLOKKEN)[number]>;

const woordenboek = (taal: Taal): Readonly<Record<TekstSleutel, string>> => Object.assign({}, ...BLOKKEN.map((b) => b[taal]));
export const TEKSTEN = { nl: woordenboek('nl'), en: woordenboek('en') };

/** The dictionary lookup for code that is told its language (pure model modules, exports, workers). */
export const tekst = opzoeker<TekstSleutel>(TEKSTEN);

/** A translator bound to one language: pass it to builders instead of the language itself. */
export type Vertaler = (sleutel: TekstSleutel, waarden?: Record<string, string | number>) => string;
export const vertaler = (taal: Taal): Vertaler => (sleutel, waarden) => tekst(taal, sleutel, waarden);
