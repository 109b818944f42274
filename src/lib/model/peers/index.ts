/** Referentiegemeenten: publieke API. Zie README-sectie in het eindrapport van issue 3. */
export type * from './types.ts';
export { maakContext, parseBurenCsv, zScore, STUDIE_REFERENTIES_SEED003 } from './context.ts';
export {
  KENMERKEN,
  KENMERK_INFO,
  STANDAARD_KENMERKEN,
  STANDAARD_K,
  MAX_K,
  GROOTTEKLASSEN,
  STEDELIJKHEID_LABEL,
  grootteklasseVanInwoners,
  grootteklasseVan,
  grootteklasseLabel,
  formatKenmerk,
  isKenmerk,
} from './kenmerken.ts';
export {
  referentiegroep,
  referentiegroepVanRecept,
  beschikbareMethoden,
  normaliseerInstellingen,
  receptVan,
  METHODE_LABEL,
} from './referentiegroep.ts';
export { samenvatting, mediaan } from './samenvatting.ts';
export type { Samenvatting, Rang } from './samenvatting.ts';
export { encodeRecept, decodeRecept, leesRecept, normaliseerRecept } from './recept.ts';
export type { ReceptUitkomst } from './recept.ts';
export { gemeentenUitCbs } from './tabel.ts';
export type { RegioInvoer, FeitInvoer } from './tabel.ts';
