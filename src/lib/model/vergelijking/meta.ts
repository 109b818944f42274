// Indicator and source catalogues as lookups, from the baked `indicatoren` and `bronnen` tables.
import type { Rij } from '../../db/types';
import type { BronRij } from '../bron';

export interface IndicatorMeta {
  code: string;
  naam_nl: string;
  naam_en: string;
  eenheid: string;
  definitie: string;
  formule: string;
  richting: string;
  cbs_code: string | null;
}

export function indicatorMap(rijen: Rij[]): Map<string, IndicatorMeta> {
  return new Map(rijen.map((r) => [String(r.code), r as unknown as IndicatorMeta]));
}

export function bronMap(rijen: Rij[]): Map<string, BronRij> {
  return new Map(rijen.map((r) => [String(r.id), r as unknown as BronRij]));
}
