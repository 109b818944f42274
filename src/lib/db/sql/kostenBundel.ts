/**
 * A `casus:aggregeer` bundle (scripts/casus-aggregeer.ts: manifest.json + one CSV per cube, no
 * cases) loaded back into the cube tables the Kosten per casus page reads (kosten.ts), so a region's
 * published aggregates are a dataset like any other. Column lists and file names come from
 * KUBUS_EXPORTS (the writer's own list), never from the manifest; values go in as `?`.
 */
import type { KubusExport } from './kostenAggregaat.ts';

/** Column types of the cube tables (as SQL_MAAK_PREAGGREGATEN in kosten.ts and SQL_MAAK_KLEINE_TABELLEN in routes.ts create them). */
const TYPE: Record<string, string> = {
  gemeente_code: 'VARCHAR', soort: 'VARCHAR', band: 'VARCHAR', categorie: 'VARCHAR',
  jaar: 'INTEGER', t: 'INTEGER', bin: 'INTEGER', van_min: 'INTEGER', van_max: 'INTEGER', tot_min: 'INTEGER', tot_max: 'INTEGER',
  bedrag: 'DOUBLE', klasse_van: 'DOUBLE', n: 'BIGINT',
  // the Thuiszitters tables (routesAggregaat.ts)
  startsoort: 'VARCHAR', stap: 'INTEGER', van: 'VARCHAR', naar: 'VARCHAR', definitie: 'VARCHAR', klasse: 'VARCHAR', som_dagen: 'BIGINT',
};

/** The file of one cube in a bundle: always `<tabel>.csv`, whatever the manifest says. */
export const bundelBestand = (k: KubusExport): string => `${k.tabel}.csv`;

/** Insert one cube file into its table (params: [dataset_id, file path]). */
export function sqlLaadKubusCsv(k: KubusExport): string {
  const kol = k.kolommen.join(', ');
  const types = k.kolommen.map((c) => `'${c}': '${TYPE[c]}'`).join(', ');
  return `INSERT INTO ${k.tabel} (dataset_id, ${kol}) SELECT ?, ${kol} FROM read_csv(?, delim=';', header=true, nullstr='', columns={${types}})`;
}

/**
 * Filter choices of a bundle dataset, from its cubes (it has no case rows); same columns and
 * order as SQL_KEUZES in kostenCasus.ts (params: dataset id ×3).
 */
export const SQL_KEUZES_KUBUS = `SELECT 'gemeente' AS soort, gemeente_code AS waarde FROM pa_kube_cat WHERE dataset_id = ? GROUP BY ALL
        UNION ALL SELECT 'onderwijssoort', soort FROM pa_kube_cat WHERE dataset_id = ? AND soort IS NOT NULL GROUP BY ALL
        UNION ALL SELECT 'jaar', CAST(jaar AS VARCHAR) FROM pa_kube_cat WHERE dataset_id = ? GROUP BY ALL
        ORDER BY 1, 2`;
