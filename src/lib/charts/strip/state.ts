// Layout-free state for the all-gemeenten strip: a deterministic vertical jitter per code, so a
// gemeente keeps its place between renders and screenshots are stable.
import type { Strip, StripPunt } from '../../model/vergelijking/strip';

export interface StripMerk extends StripPunt {
  jitter: number; // 0..1
}

function hash01(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1000) / 999;
}

export function stripState(strip: Strip): { merken: StripMerk[]; domein: [number, number] } {
  // Stable order (by code); the chart draws context, then peers, then the chosen gemeente on top.
  const merken = strip.punten.map((p) => ({ ...p, jitter: p.groep === 'gekozen' ? 0.5 : hash01(p.code) }));
  const w = merken.map((m) => m.waarde);
  const min = w.length ? Math.min(...w) : 0;
  const max = w.length ? Math.max(...w) : 1;
  const pad = (max - min) * 0.04 || 1;
  return { merken, domein: [Math.max(0, min - pad), max + pad] };
}
