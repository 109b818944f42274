/**
 * CSV lines in the contract's file format as written by the generator and data/casus, and by the
 * import worker for a user's checked rows: UTF-8, `;` delimiter, decimal point, dates YYYY-MM-DD,
 * empty = null. Codes, dates and amounts are checked values; only a case id (a user's own text)
 * can hold `;`, quotes or line breaks, and is then quoted.
 */
import { KOLOMMEN, type Casus, type Dataset, type Episode, type Kosten } from '../contract.ts';
import { citeer } from '../../csvVeld.ts';

export const KOP = {
  dataset: KOLOMMEN.dataset.join(';') + '\n',
  casus: KOLOMMEN.casus.join(';') + '\n',
  episode: KOLOMMEN.episode.join(';') + '\n',
  kosten: KOLOMMEN.kosten.join(';') + '\n',
};

const leeg = (v: string | number | null) => (v == null ? '' : String(v));

/** A field that may hold `;`, quotes or line breaks (an id, a name). */
const veld = (v: string) => citeer(v);

export const casusRegel = (c: Casus) => `${veld(c.casus_id)};${c.gemeente_code};${leeg(c.geboortejaar)};${leeg(c.geslacht)}\n`;
export const episodeRegel = (e: Episode) =>
  `${veld(e.casus_id)};${e.domein};${e.toestand};${leeg(e.onderwijssoort)};${e.begin};${leeg(e.einde)};${e.datum_kwaliteit}\n`;
export const kostenRegel = (k: Kosten) => `${veld(k.casus_id)};${k.begin};${k.einde};${k.domein};${k.categorie};${k.bedrag_eur.toFixed(2)};${k.kwaliteit}\n`;
/** Dataset rows may hold free text in every field. */
export const datasetRegel = (d: Dataset) => [d.dataset_id, d.naam, d.herkomst, d.bron, String(d.contractversie)].map(veld).join(';') + '\n';
