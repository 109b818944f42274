/**
 * The sourced files of data/routes/, typed. Bundled by Vite (JSON import, CSV as ?raw text);
 * small enough to ship with the app. Scripts under tsx read the files with fs instead.
 */
import vignettenJson from '../../../../data/routes/vignetten.json';
import goudaJson from '../../../../data/routes/gouda-kostencasussen.json';
import momentopnameJson from '../../../../data/routes/gouda-momentopname.json';
import drempelsJson from '../../../../data/routes/drempels.json';
import notaJson from '../../../../data/routes/kosten-per-jaar.noot.json';
import kostenCsv from '../../../../data/routes/kosten-per-jaar.csv?raw';
import barrieresCsv from '../../../../data/routes/barrieres.csv?raw';
import vertalingJson from '../../../../data/routes/vertaling-en.json';
import {
  type Barriere,
  type DrempelsBestand,
  type GoudaKostenBestand,
  type JaarKosten,
  type MomentopnameBestand,
  type VignettenBestand,
  leesBarrieres,
  leesJaarKosten,
} from './bronnen.ts';
import type { VertalingEn } from './tijdlijn.ts';

export const VIGNETTEN = vignettenJson as unknown as VignettenBestand;
export const GOUDA_KOSTENCASUSSEN = goudaJson as unknown as GoudaKostenBestand;
export const GOUDA_MOMENTOPNAME = momentopnameJson as unknown as MomentopnameBestand;
export const DREMPELS = drempelsJson as unknown as DrempelsBestand;
export const KOSTEN_PER_JAAR: JaarKosten[] = leesJaarKosten(kostenCsv);
/** Note that must stand next to the "what a year costs" comparison. */
export const KOSTEN_PER_JAAR_NOOT: { noot: string; bron: string } = notaJson;
export const BARRIERES: Barriere[] = leesBarrieres(barrieresCsv);

/** English wording of vignettes, barriers and states (translations; the Dutch stays authoritative). */
export const VERTALING_EN = vertalingJson as unknown as VertalingEn;
