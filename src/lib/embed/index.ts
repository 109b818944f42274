// Public surface of the embed module.
export {
  parseEmbedFlags, embedFlagsNaarParams, bepaalThema, STANDAARD_FLAGS,
  type EmbedFlags, type DonkerModus, type GeparsteFlags,
} from './flags.ts';
export {
  startHoogteMelder, meetHoogte, HOOGTE_BERICHT_TYPE,
  type HoogteBericht, type HoogteOpties, type HoogteOmgeving,
} from './hoogte.ts';
export {
  maakEmbedCode, redenNietInsluitbaar, htmlAttribuut, controleerEmbedUrl, veiligEmbedId, HOST_SCRIPT, MAX_HOOGTE,
  type EmbedCode, type EmbedCodeInvoer, type InsluitbaarheidInvoer,
} from './code.ts';
export { INSLUITBARE_GRAFIEKEN, isInsluitbaarId, EMBED_CONTEXT } from './grafieken.ts';
