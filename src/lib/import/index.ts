// Public API of the importer. The worker (worker.ts) and IndexedDB (opslag.ts) are imported directly
// where needed, so that this module stays usable in Node.
export type { Afwijzing, Formaat, GemeenteInfo, Gevonden, ImportResultaat, KolomKoppeling, ParsedFact, ParseOpties, Status } from './typen.ts';
export { parseTekst, herkenFormaat, controleerGrootte, isCasusResultaat, type ImportOpties, type Resultaat, type Herkenning } from './importeer.ts';
export { importeerStroom, inStukken, StroomParser } from './stroom.ts';
// Browser-only (Worker, File): import from './client.ts' — importeerBestand, herkenBestand.
export { formatteerAfwijzing } from './berichten.ts';
export { afgewezenNaarCsv, veiligeCel } from './afgewezen-csv.ts';
export { bouwGemeenteLijst, gemeentenUitRegios, leesHerindelingen, GemeenteOpzoeking, normaliseerNaam, type Herindeling } from './gemeenten.ts';
export { leesPeriodeLabel, isPeriodeCode } from './perioden.ts';
export { koppelingUitDataProperties, statusUitPerioden, parseODataJson, type DataProperty, type ODataOpties } from './odata.ts';
export { stelKoppelingVoor, pasKoppelingToe, CONTRACT_KOLOMMEN, type CasusTabel, type Kolomkoppeling, type KoppelingVoorstel } from './koppeling.ts';
export { leesDatum, type CasusRij, type EpisodeRij, type KostenRij, type CasusBestandRij, type CasusResultaat, type CasusOpties } from './casus.ts';
export { controleerBytes, leesGetal } from './detectie.ts';
