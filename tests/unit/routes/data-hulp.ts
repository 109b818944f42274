/** The sourced files of data/routes read with fs (vitest runs in Node, without Vite's ?raw). */
import { readFileSync } from 'node:fs';
import { leesJaarKosten } from '../../../src/lib/model/routes/bronnen.ts';

export const KOSTEN_PER_JAAR = leesJaarKosten(readFileSync(new URL('../../../data/routes/kosten-per-jaar.csv', import.meta.url), 'utf8'));
