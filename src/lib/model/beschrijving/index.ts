// Generated description sentences (nl/en) for comparison charts.
export type { Formatter } from './formatter.ts';
export {
  beschrijfVergelijking, beschrijfRang, beschrijfIndexverandering, berekenRang, berekenIndex, type Eenheid,
} from './zinnen.ts';
