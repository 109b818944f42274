// volgVooraf (src/lib/state/vraag.svelte.ts) with Svelte's runes: what a view asks ahead, and when
// it stops asking. The coordinator is a stand-in that records each list; a list stays "in
// progress" until the test settles it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import type { Vraag } from '../../../src/lib/db/vragen';
import type { Rij } from '../../../src/lib/db/types';

const lijsten: { vragen: string[]; opwarmen: boolean; klaar: (af: boolean) => void }[] = [];
vi.mock('../../../src/lib/state/data.svelte', () => ({
  gegevens: { wijziging: 0 },
  coordinator: {
    opwarmenRest: 10,
    voorhaal: (vragen: Vraag<Rij>[], opwarmen = false) =>
      new Promise<boolean>((klaar) => lijsten.push({ vragen: vragen.map((v) => v.naam), opwarmen, klaar })),
  },
}));
const { volgVooraf, STIL_MS } = await import('../../../src/lib/state/vraag.svelte');

const vraag = (naam: string): Vraag<Rij> => ({ naam, sql: 'SELECT 1', params: [] });
const stil = () => [vraag('buur-1'), vraag('buur-2')];
const verder = (max: number) => [vraag(`twee-stappen-${max}`)];

let stand = $state({ antwoord: 'antwoord-1' as string | null, klaar: true });
let opruimen: () => void;
beforeEach(() => {
  vi.useFakeTimers();
  lijsten.length = 0;
  stand = { antwoord: 'antwoord-1', klaar: true };
  opruimen = $effect.root(() => void volgVooraf(() => stand, stil, verder));
  flushSync();
});
afterEach(() => {
  opruimen();
  vi.useRealTimers();
});

describe('volgVooraf', () => {
  it('vraagt de buren pas als het antwoord STIL_MS op het scherm staat, daarna de opwarmlijst', async () => {
    vi.advanceTimersByTime(STIL_MS - 1);
    expect(lijsten).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(lijsten.map((l) => l.vragen)).toEqual([['buur-1', 'buur-2']]);
    lijsten[0].klaar(true);
    await vi.runAllTimersAsync();
    expect(lijsten[1]).toMatchObject({ vragen: ['twee-stappen-10'], opwarmen: true });
  });

  it('laat de lijst in uitvoering vallen zodra het laden begint (niet meer klaar), ook de opwarmlijst', async () => {
    vi.advanceTimersByTime(STIL_MS);
    stand = { antwoord: 'antwoord-1', klaar: false };
    flushSync();
    expect(lijsten.map((l) => l.vragen)).toEqual([['buur-1', 'buur-2'], []]);
    // a list that was replaced reports false: no warm-up follows it
    lijsten[0].klaar(false);
    lijsten[1].klaar(true);
    await vi.runAllTimersAsync();
    expect(lijsten).toHaveLength(2);

    stand = { antwoord: 'antwoord-1', klaar: true };
    flushSync();
    vi.advanceTimersByTime(STIL_MS);
    lijsten[2].klaar(true);
    await vi.runAllTimersAsync();
    expect(lijsten[3].opwarmen).toBe(true);
    stand = { antwoord: 'antwoord-1', klaar: false };
    flushSync();
    expect(lijsten[4]).toMatchObject({ vragen: [], opwarmen: false });
  });

  it('vraagt niets zolang er geladen wordt, en laat niets vallen als er niets loopt', () => {
    stand = { antwoord: 'antwoord-1', klaar: false };
    flushSync();
    vi.advanceTimersByTime(10 * STIL_MS);
    expect(lijsten).toHaveLength(0);
  });

  it('een nieuw antwoord dat nog onderweg is laat de burenlijst van het vorige vallen', () => {
    vi.advanceTimersByTime(STIL_MS);
    stand = { antwoord: null, klaar: true };
    flushSync();
    expect(lijsten.map((l) => l.vragen)).toEqual([['buur-1', 'buur-2'], []]);
  });
});
