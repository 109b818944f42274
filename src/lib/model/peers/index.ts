/** Referentiegemeenten: what views and tests use of src/lib/model/peers. */
export type * from './types.ts';
export { maakContext, parseBurenCsv, STUDIE_REFERENTIES_SEED003 } from './context.ts';
export {
  KENMERKEN,
  STANDAARD_KENMERKEN,
  STANDAARD_K,
  MAX_K,
  grootteklasseVanInwoners,
  grootteklasseLabel,
  kenmerkLabel,
} from './kenmerken.ts';
export {
  referentiegroep,
  referentiegroepVanRecept,
  beschikbareMethoden,
  methodeLabel,
} from './referentiegroep.ts';
export { samenvatting } from './samenvatting.ts';
export type { Samenvatting } from './samenvatting.ts';
export { encodeRecept, decodeRecept, leesRecept, wijzigLid } from './recept.ts';
export { gemeentenUitCbs } from './tabel.ts';
export type { RegioInvoer, FeitInvoer } from './tabel.ts';
