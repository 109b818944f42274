// Study cost rows for the Kosten page. The comparison rows of the five cases are baked at build
// time (vragen.vergelijking), so the page can draw without waiting for DuckDB; the same rows are
// otherwise asked from DuckDB with kostenStudie(). Both give KostenStudieRij.
import { vragen, type VergelijkingRij } from '../../lib/db/vragen';
import { KOSTEN_PERIODE, type KostenStudieRij } from '../../lib/db/sql/kostenGemeente';
import type { Coordinator } from '../../lib/db/coordinator';

const IND = { lasten_per_gebruiker: 'gebruiker', lasten_per_inwoner: 'inwoner', index_lasten_per_inwoner: 'index' } as const;

/** Pivot the long comparison rows of one case into one row per member (same shape as kostenStudie). */
export function uitVergelijking(focus: string, rijen: VergelijkingRij[]): KostenStudieRij[] {
  const per = new Map<string, KostenStudieRij>();
  for (const r of rijen) {
    let u = per.get(r.regio_code);
    if (!u) {
      u = {
        focus_code: focus, code: r.regio_code, naam: r.naam, soort: r.soort, rol: r.rol, volgorde: r.volgorde,
        lasten_per_gebruiker: null, lasten_per_inwoner: null, index_lasten_per_inwoner: null,
        bron_gebruiker: null, bron_inwoner: null, bron_index: null,
        noot_gebruiker: null, noot_inwoner: null, noot_index: null, status: null,
      };
      per.set(r.regio_code, u);
    }
    const k = IND[r.indicator as keyof typeof IND];
    if (!k || r.periode !== KOSTEN_PERIODE) continue;
    const veld = k === 'index' ? 'index_lasten_per_inwoner' : k === 'gebruiker' ? 'lasten_per_gebruiker' : 'lasten_per_inwoner';
    (u as Record<string, unknown>)[veld] = r.waarde;
    (u as Record<string, unknown>)[`bron_${k}`] = r.bron;
    (u as Record<string, unknown>)[`noot_${k}`] = r.noot;
    u.status = r.status;
  }
  return [...per.values()].sort((a, b) => a.volgorde - b.volgorde);
}

/** All cases from the baked cache, or null when any of them is not baked. */
export function gebakken(coordinator: Coordinator, focussen: string[]): KostenStudieRij[] | null {
  const uit: KostenStudieRij[] = [];
  for (const f of focussen) {
    const r = coordinator.direct(vragen.vergelijking(f));
    if (!r) return null;
    uit.push(...uitVergelijking(f, r));
  }
  return uit;
}
