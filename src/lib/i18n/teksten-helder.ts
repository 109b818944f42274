// Strings of issue 13's second part (print, PNG footer, reconstructions, case periods), part of
// the one t() dictionary (teksten.ts spreads them in). Placeholders are filled with vul().
export const HELDER_TEKSTEN = {
  nl: {
    helder_periode_geschat: 'ca. {periode}',
    helder_afdrukken: 'Afdrukken',
    helder_link: 'Link',
  },
  en: {
    helder_periode_geschat: 'c. {periode}',
    helder_afdrukken: 'Print',
    helder_link: 'Link',
  },
} as const;
