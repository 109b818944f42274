export { trechter, trechterUitleg, overdispersieFactor, kwantiel } from './trechter.ts';
export type { TrechterEenheid, TrechterResultaat } from './trechter.ts';
export { schatJeugdigen } from './jeugdigen.ts';
