/** Server-side render smoke test: the components draw marks with Dutch labels from plain data. */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Stroomdiagram from '../../../src/lib/charts/stroom/Stroomdiagram.svelte';
import Tijdlijn from '../../../src/lib/charts/tijdlijn/Tijdlijn.svelte';
import { uitTransities } from '../../../src/lib/charts/stroom/state.ts';
import { telTransities } from '../../../src/lib/model/routes/route.ts';
import { goudaTijdlijn, vignetTijdlijn } from '../../../src/lib/model/routes/tijdlijn.ts';
import { BARRIERES, GOUDA_KOSTENCASUSSEN, VIGNETTEN } from '../../../src/lib/model/routes/data.ts';
import { CASUSSEN, EPISODES } from './fixture.ts';

describe('componenten (SSR)', () => {
  it('Stroomdiagram: banden en knopen met aria-labels', () => {
    const { knopen, links } = uitTransities(telTransities(CASUSSEN, EPISODES, { van: '2019-01-01', tot: '2024-01-01', maxStappen: 3 }));
    const { body } = render(Stroomdiagram, { props: { knopen, links } });
    expect(body).toContain('aria-label="2 kinderen van Op school (stap 1) naar Deels thuis (stap 2)"');
    expect((body.match(/<path /g) ?? []).length).toBe(links.length);
  });
  it('Stroomdiagram zonder data zegt dat', () => {
    const { body } = render(Stroomdiagram, { props: { knopen: [], links: [] } });
    expect(body).toContain('Geen overgangen');
  });
  it('Tijdlijn: Gouda-casus met geschatte datums en kosten', () => {
    const { body } = render(Tijdlijn, { props: { casus: goudaTijdlijn(GOUDA_KOSTENCASUSSEN.casussen[0], GOUDA_KOSTENCASUSSEN) } });
    expect(body).toContain('geschatte datums');
    expect(body).toContain('Kosten per maand');
    expect(body).toContain('uitval');
    // the assumed care before dropout is hatched, and the legend says what the hatch means
    expect((body.match(/data-aanname=""/g) ?? []).length).toBe(1);
    expect(body).toContain('aanname (de bron noemt deze zorgvorm niet)');
  });
  it('Tijdlijn: vignet met barrières als tekst, nooit als HTML', () => {
    const v = structuredClone(VIGNETTEN.vignetten[0]);
    v.stappen[4].omschrijving = '<script>alert(1)</script>';
    const { body } = render(Tijdlijn, { props: { casus: vignetTijdlijn(v, BARRIERES) } });
    expect(body).toContain('Te weinig SO-, SBO- en VSO-plekken');
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).toContain('&lt;script>');
  });
});
