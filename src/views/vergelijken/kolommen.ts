// Column heads of the study's two tables as the study prints them (the full indicator name is in
// the <abbr> title), with the direction of the deciles said in the head itself. Labels are keys of
// the one dictionary (src/lib/i18n/teksten-app.ts).
import { tekst, type TekstSleutel } from '../../lib/i18n/teksten';
import type { Taal } from '../../lib/i18n/taal';

interface Kolom {
  indicator: string;
  periode: string;
  label: TekstSleutel;
}

export const KOSTEN_KOLOMMEN: readonly Kolom[] = [
  { indicator: 'ses_deciel', periode: '2019JJ00', label: 'app_kolom_ses_deciel' },
  { indicator: 'armoede_deciel', periode: '2019JJ00', label: 'app_kolom_armoede_deciel' },
  { indicator: 'lasten_per_gebruiker', periode: '2019JJ00', label: 'app_kolom_lasten_per_gebruiker' },
  { indicator: 'lasten_per_inwoner', periode: '2019JJ00', label: 'app_kolom_lasten_per_inwoner' },
  { indicator: 'index_lasten_per_inwoner', periode: '2019JJ00', label: 'app_kolom_index_lasten' },
];

export const GEBRUIK_KOLOMMEN: readonly Kolom[] = [
  { indicator: 'pct_jeugdhulp_zonder_verblijf', periode: '2017HJ01', label: 'app_kolom_pct_2017' },
  { indicator: 'pct_jeugdhulp_zonder_verblijf', periode: '2020HJ01', label: 'app_kolom_pct_2020' },
  { indicator: 'index_jeugdhulp_zonder_verblijf', periode: '2020HJ01', label: 'app_kolom_index_jeugdhulp' },
];

/** The columns with their heads in the UI language. */
export const inTaal = (kolommen: readonly Kolom[], taal: Taal) => kolommen.map((k) => ({ ...k, label: tekst(taal, k.label) }));
