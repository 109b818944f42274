export { trechter, trechterUitleg, overdispersieFactor, kwantiel, grens, Z95, Z998, WINSOR } from './trechter.ts';
export type { TrechterEenheid, TrechterOpties, TrechterResultaat, Classificatie, LimietPunt, Positie } from './trechter.ts';
export { schatJeugdigen } from './jeugdigen.ts';
export type { GeschatAantal } from './jeugdigen.ts';
