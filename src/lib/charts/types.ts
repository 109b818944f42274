/** What every chart frame shows around the chart and in its table view. */
export interface TabelKolom {
  sleutel: string;
  label: string;
  /** Right-align numbers. */
  numeriek?: boolean;
}

export type TabelRij = Record<string, string | number | null>;

export interface GrafiekMeta {
  id: string;
  titel: string;
  ondertitel: string;
  bronregel: string;
  noten: string[];
  beschrijving: string;
  synthetisch?: boolean;
  kolommen: TabelKolom[];
  /** Rows with already formatted cells, exactly as the chart shows them. */
  rijen: TabelRij[];
}
