export { default as Trechterplot } from './Trechterplot.svelte';
export { trechterLayout, procent } from './trechterState.ts';
export type { TrechterPunt, TrechterCirkel, TrechterLayout, PuntRol } from './trechterState.ts';
