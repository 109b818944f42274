// Layout-free state for the comparison dot chart: which units are rows, which are reference lines.
import type { Reekspunt, Rol } from '../../model/vergelijking/vergelijking';

export interface PuntRij {
  code: string;
  label: string;
  rol: Rol;
  waarde: number | null;
  noot: string | null;
}

export interface Lijn {
  label: string;
  rol: 'referentiegemiddelde' | 'land' | 'basis';
  waarde: number;
}

export interface PuntenState {
  rijen: PuntRij[];
  lijnen: Lijn[];
  domein: [number, number];
}

/** Reference mean and Nederland are lines, never dots that look like a gemeente (stijl.md). */
export function puntenState(punten: Reekspunt[], basislijn?: { waarde: number; label: string }): PuntenState {
  const rijen: PuntRij[] = [];
  const lijnen: Lijn[] = [];
  for (const p of punten) {
    if (p.rol === 'referentiegemiddelde' || p.rol === 'land') {
      if (p.waarde !== null) lijnen.push({ label: p.label, rol: p.rol, waarde: p.waarde });
    } else {
      rijen.push({ code: p.code, label: p.label, rol: p.rol, waarde: p.waarde, noot: p.noot });
    }
  }
  if (basislijn) lijnen.push({ label: basislijn.label, rol: 'basis', waarde: basislijn.waarde });
  const waarden = [...rijen.map((r) => r.waarde), ...lijnen.map((l) => l.waarde)].filter((v): v is number => v !== null);
  const max = waarden.length ? Math.max(...waarden) : 1;
  // Values start at zero (bars and dots of amounts read against zero); indices too, so 83 vs 100 is not exaggerated.
  return { rijen, lijnen, domein: [0, max * 1.08] };
}
