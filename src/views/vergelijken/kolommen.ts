// Column heads of the study's two tables as the study prints them (the full indicator name is in
// the <abbr> title), with the direction of the deciles said in the head itself.
export const KOSTEN_KOLOMMEN = {
  nl: [
    { indicator: 'ses_deciel', periode: '2019JJ00', label: 'SES-deciel (1 = laagste inkomen)' },
    { indicator: 'armoede_deciel', periode: '2019JJ00', label: 'Armoede-deciel (1 = meeste kinderen in armoede)' },
    { indicator: 'lasten_per_gebruiker', periode: '2019JJ00', label: 'Lasten per gebruiker 2019' },
    { indicator: 'lasten_per_inwoner', periode: '2019JJ00', label: 'Lasten per inwoner 2019' },
    { indicator: 'index_lasten_per_inwoner', periode: '2019JJ00', label: 'Groei: index 2019 (begr. 2017 = 100)' },
  ],
  en: [
    { indicator: 'ses_deciel', periode: '2019JJ00', label: 'SES decile (1 = lowest income)' },
    { indicator: 'armoede_deciel', periode: '2019JJ00', label: 'Poverty decile (1 = most children in poverty)' },
    { indicator: 'lasten_per_gebruiker', periode: '2019JJ00', label: 'Cost per user 2019' },
    { indicator: 'lasten_per_inwoner', periode: '2019JJ00', label: 'Cost per inhabitant 2019' },
    { indicator: 'index_lasten_per_inwoner', periode: '2019JJ00', label: 'Growth: index 2019 (budget 2017 = 100)' },
  ],
};

export const GEBRUIK_KOLOMMEN = {
  nl: [
    { indicator: 'pct_jeugdhulp_zonder_verblijf', periode: '2017HJ01', label: '% 1e hj 2017' },
    { indicator: 'pct_jeugdhulp_zonder_verblijf', periode: '2020HJ01', label: '% 1e hj 2020' },
    { indicator: 'index_jeugdhulp_zonder_verblijf', periode: '2020HJ01', label: 'Groei: index (1e hj 2017 = 100)' },
  ],
  en: [
    { indicator: 'pct_jeugdhulp_zonder_verblijf', periode: '2017HJ01', label: '% H1 2017' },
    { indicator: 'pct_jeugdhulp_zonder_verblijf', periode: '2020HJ01', label: '% H1 2020' },
    { indicator: 'index_jeugdhulp_zonder_verblijf', periode: '2020HJ01', label: 'Growth: index (H1 2017 = 100)' },
  ],
};
