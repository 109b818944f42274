// Strings of print, the PNG footer, reconstructions and case periods, part of
// the one t() dictionary (a block in BLOKKEN of teksten.ts). Placeholders are filled with vul().
export const HELDER_TEKSTEN = {
  nl: {
    helder_periode_geschat: 'ca. {periode}',
    helder_afdrukken: 'Afdrukken',
    helder_aanname_balk: 'aanname, niet in het document: {reden}',
    helder_aanname_legenda: 'aanname (de bron noemt deze zorgvorm niet)',
    helder_aanname_beschrijving: 'Gearceerd en aangenomen, niet uit het document: {wat}.',
    helder_aanname_kolom: 'Aanname',
    helder_gelijk_titel: 'Niet getekend: elk kind kreeg hetzelfde bedrag, een gelijke verdeling van het gedrukte totaal',
    helder_gelijk_uitleg: 'De bron geeft alleen totalen voor alle kinderen samen; de Verkenner verdeelt die gelijk over de kinderen en over een geschatte periode. Een verdeling of Lorenzcurve zou die eigen verdeling tonen, niet de kosten van een kind, en is daarom niet getekend.',
    helder_aanname_verschil: 'De gepubliceerde gegevensset voor Kosten per casus en de stromen (gouda-zorgpaden-6) bevat alleen wat het document geeft: geen zorgvorm vóór uitval en dagbesteding alleen bij PO. Deze tijdlijn tekent de aangenomen zorgvormen erbij, gearceerd; bedragen en datums zijn in beide gelijk.',
    helder_loopt_nog: 'loopt nog',
    helder_december_2024: 'december 2024',
    helder_normen: 'normen',
  },
  en: {
    helder_periode_geschat: 'c. {periode}',
    helder_afdrukken: 'Print',
    helder_aanname_balk: 'assumption, not in the document: {reden}',
    helder_aanname_legenda: 'assumption (the source does not name this form of care)',
    helder_aanname_beschrijving: 'Hatched and assumed, not from the document: {wat}.',
    helder_aanname_kolom: 'Assumption',
    helder_gelijk_titel: 'Not drawn: every child got the same amount, an equal split of the printed total',
    helder_gelijk_uitleg: 'The source gives only totals for all children together; the Explorer splits them equally over the children and over an estimated period. A distribution or Lorenz curve would show that split of ours, not the cost of a child, so it is not drawn.',
    helder_aanname_verschil: 'The published dataset behind Cost per case and the flows (gouda-zorgpaden-6) holds only what the document gives: no form of care before dropout, and day activities for PO only. This timeline adds the assumed forms of care, hatched; amounts and dates are the same in both.',
    helder_loopt_nog: 'still running',
    helder_december_2024: 'December 2024',
    helder_normen: 'norms',
  },
} as const;
