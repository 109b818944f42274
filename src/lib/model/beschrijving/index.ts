// Generated description sentences (nl/en) for comparison charts.
export type { Formatter } from './formatter.ts';
export {
  beschrijfVergelijking, beschrijfRang, beschrijfIndexverandering, beschrijfOntbrekend,
  berekenRang, berekenIndex, relatiefVerschil, vergelijkingFrase, periodeFrase, formatWaarde,
  type VergelijkingInvoer, type RangInvoer, type IndexInvoer, type Referentie, type Rang,
  type Richting, type Eenheid, type Taal, type BeschrijvingOpties,
} from './zinnen.ts';
