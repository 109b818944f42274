// The money charts per gemeente, built from the bundled figures (kengetallen.csv via `kies`).
// Each returns frame meta and bars from one list of rows, so chart and table show the same.
import type { DoorbraakBundel } from '../../lib/model/doorbraak/typen';
import { kies, regelsVan } from '../../lib/model/doorbraak/figuren';
import { formatGetal } from '../../lib/i18n/format';
import { t } from '../../lib/state/app.svelte';
import { afgeleidSub, euro, kgFiguur, type Figuur } from './meta';

export function zwolle(b: DoorbraakBundel): Figuur[] {
  const f = kies(b, 'zwolle');
  const w = {
    bedrag: euro(f.voorkomen.waarde), n: formatGetal(f.kba.waarde), per: euro(f.perCasus.waarde), jb: euro(f.jb.waarde), overig: euro(f.overig.waarde),
    a: euro(f.n30.waarde), b: euro(f.n40.waarde), a2: euro(f.a30.waarde), b2: euro(f.a40.waarde),
  };
  return [
    kgFiguur({
      id: 'doorbraak-zwolle', tekst: 'dbr_zwolle', w,
      noten: [t('dbr_zwolle_eendere'), t('dbr_zwolle_n', { n: w.n, totaal: formatGetal(f.casussen.waarde), regels: regelsVan([f.casussen]), regels2: regelsVan([f.kba]) })],
      rijen: [[f.voorkomen, 'dbr_zwolle_totaal'], [f.jb, 'dbr_zwolle_jb'], [f.overig, 'dbr_zwolle_overig'], [f.perCasus, 'dbr_zwolle_per']],
      sub: { [f.jb.id]: afgeleidSub(regelsVan([f.jb]), '⅔'), [f.overig.id]: afgeleidSub(regelsVan([f.overig]), '⅓') },
    }),
    kgFiguur({
      id: 'doorbraak-zwolle-opschaling', tekst: 'dbr_zwolle_op', w,
      noten: [t('dbr_zwolle_op_noot')],
      rijen: [[f.voorkomen, 'dbr_zwolle_op_nu'], [f.n30, 'dbr_zwolle_op_30'], [f.a30, 'dbr_zwolle_op_30a'], [f.n40, 'dbr_zwolle_op_40'], [f.a40, 'dbr_zwolle_op_40a']],
      sub: { [f.a30.id]: afgeleidSub(regelsVan([f.a30]), `30 × ${w.per}`), [f.a40.id]: afgeleidSub(regelsVan([f.a40]), `40 × ${w.per}`) },
    }),
  ];
}

export function tilburg(b: DoorbraakBundel): Figuur[] {
  const f = kies(b, 'tilburg');
  const w = {
    rachel: euro(f.rachel.waarde), uren: formatGetal(f.uren.waarde), tilburg: euro(f.perGezin.waarde), landelijk: euro(f.landelijk.waarde),
    alt: euro(f.alternatief.waarde), hh: formatGetal(f.doelgroep.waarde),
  };
  return [
    kgFiguur({
      id: 'doorbraak-tilburg', tekst: 'dbr_tilburg', w,
      noten: [t('dbr_tilburg_noot_uren', { ...w, regel: regelsVan([f.uren]) }), t('dbr_tilburg_noot_hh', { ...w, regel: regelsVan([f.doelgroep]) })],
      rijen: [[f.landelijk, 'dbr_tilburg_landelijk'], [f.rachel, 'dbr_tilburg_rachel'], [f.perGezin, 'dbr_tilburg_gemiddeld'], [f.alternatief, 'dbr_tilburg_alternatief'], [f.verschil, 'dbr_tilburg_verschil']],
      sub: { [f.verschil.id]: afgeleidSub(regelsVan([f.verschil]), `${w.tilburg} − ${w.alt}`) },
    }),
  ];
}

export function nijmegen(b: DoorbraakBundel): Figuur[] {
  const f = kies(b, 'nijmegen');
  const w = {
    zbo: euro(f.zbo3.waarde), per: euro(f.perKind.waarde), tekst: euro(f.zboTekst.waarde), halve: euro(f.halve.waarde), kwart: euro(f.kwart.waarde),
    besparing: euro(f.besparing.waarde), uw: formatGetal(f.urenWeek.waarde, 1), weken: formatGetal(f.weken.waarde), uren: formatGetal(f.uren3.waarde),
    fte: formatGetal(f.fteUren.waarde), fteEuro: euro(f.fte.waarde),
  };
  return [
    kgFiguur({
      id: 'doorbraak-nijmegen', tekst: 'dbr_nijmegen', w,
      noten: [
        t('dbr_nijmegen_noot_tekst', { ...w, r1: regelsVan([f.zboTekst]), r2: regelsVan([f.zbo3, f.perKind]) }),
        t('dbr_nijmegen_noot_uren', { ...w, regels: regelsVan([f.uren3, f.fteUren]) }),
      ],
      rijen: [[f.zbo3, 'dbr_nijmegen_zbo'], [f.zboTekst, 'dbr_nijmegen_tekst'], [f.fte, 'dbr_nijmegen_fte'], [f.halve, 'dbr_nijmegen_halve'], [f.kwart, 'dbr_nijmegen_kwart'], [f.besparing, 'dbr_nijmegen_besparing']],
      sub: { [f.zbo3.id]: t('dbr_sub_som', { som: `3 × ${w.per}`, regels: regelsVan([f.zbo3, f.perKind]) }) },
    }),
  ];
}

export function nijkerk(b: DoorbraakBundel): Figuur[] {
  const f = kies(b, 'nijkerk');
  const w = {
    mh: euro(f.minHuidig.waarde), md: euro(f.minDreigend.waarde), ph: euro(f.plusHuidig.waarde), pd: euro(f.plusDreigend.waarde),
    tekst: euro(f.tekst.waarde), inv: euro(f.investering.waarde), bes: euro(f.besparing.waarde), netto: euro(f.netto.waarde),
    per: euro(f.perJongere.waarde), regels: regelsVan([f.tekst]), n: formatGetal(f.investering.waarde / f.perJongere.waarde),
  };
  return [
    kgFiguur({
      id: 'doorbraak-nijkerk', tekst: 'dbr_nijkerk', w,
      noten: [t('dbr_nijkerk_tegenstrijdig', w)],
      rijen: [[f.minHuidig, 'dbr_nijkerk_min_h'], [f.minDreigend, 'dbr_nijkerk_min_d'], [f.minVerschil, 'dbr_nijkerk_min_v'], [f.plusHuidig, 'dbr_nijkerk_plus_h'], [f.plusDreigend, 'dbr_nijkerk_plus_d'], [f.plusVerschil, 'dbr_nijkerk_plus_v'], [f.tekst, 'dbr_nijkerk_tekst']],
      sub: {
        [f.tekst.id]: t('dbr_sub_tegenstrijdig', { regels: w.regels }),
        [f.minVerschil.id]: afgeleidSub(regelsVan([f.minVerschil]), `${w.md} − ${w.mh}`),
        [f.plusVerschil.id]: afgeleidSub(regelsVan([f.plusVerschil]), `${w.pd} − ${w.ph}`),
      },
    }),
    kgFiguur({
      id: 'doorbraak-nijkerk-investering', tekst: 'dbr_nijkerk_inv', w,
      noten: [t('dbr_nijkerk_inv_noot')],
      rijen: [[f.investering, 'dbr_nijkerk_inv'], [f.besparing, 'dbr_nijkerk_bes'], [f.netto, 'dbr_nijkerk_netto']],
      sub: {
        [f.investering.id]: t('dbr_sub_som', { som: `20 × ${w.per}`, regels: regelsVan([f.investering, f.perJongere]) }),
        [f.netto.id]: afgeleidSub(regelsVan([f.netto]), `${w.bes} − ${w.inv}`),
      },
    }),
  ];
}

export function gouda(b: DoorbraakBundel): Figuur[] {
  const f = kies(b, 'gouda');
  const w = { voor: euro(f.voor.waarde), na: euro(f.na.waarde) };
  return [
    kgFiguur({
      id: 'doorbraak-gouda', tekst: 'dbr_gouda', w,
      noten: [t('dbr_gouda_noot')],
      rijen: [[f.voor, 'dbr_gouda_voor'], [f.na, 'dbr_gouda_na']],
    }),
  ];
}

/** Charts per gemeente code, in the order the page shows them. */
export const PER_GEMEENTE: Readonly<Record<string, (b: DoorbraakBundel) => Figuur[]>> = {
  GM0193: zwolle,
  GM0855: tilburg,
  GM0268: nijmegen,
  GM0513: gouda,
  GM0267: nijkerk,
};
