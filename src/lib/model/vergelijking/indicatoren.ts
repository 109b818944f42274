/** Indicators that exist for every gemeente (KWB) and can be shown in the all-gemeenten strip. */
export const STRIP_INDICATOREN = [
  'kwb_pct_jongeren_jeugdzorg',
  'inwoners',
  'stedelijkheid',
  'gem_inkomen_per_inwoner',
  'pct_sociaal_minimum',
  'pct_onder_15',
  'pct_15_24',
  'wmo_clienten_per_1000',
] as const;

export const STANDAARD_STRIP_INDICATOR = 'kwb_pct_jongeren_jeugdzorg';

/** The study's comparison charts, in the order of its tables: costs (2019), then usage. */
export const STUDIE_GRAFIEKEN = [
  { indicator: 'lasten_per_gebruiker', periode: '2019JJ00' },
  { indicator: 'lasten_per_inwoner', periode: '2019JJ00' },
  { indicator: 'index_lasten_per_inwoner', periode: '2019JJ00' },
  { indicator: 'index_jeugdhulp_zonder_verblijf', periode: '2020HJ01' },
] as const;
