// The Kaart page's default peer group for the chosen gemeente (the study's set for the five study
// gemeenten, otherwise the most similar gemeenten), with the gemeente's KWB share of young people
// with youth care next to it. Used by Vergelijken for the summary and, outside the study, as the
// comparison itself. Neighbours are not needed for the default methods, so no geo file is loaded.
import { volgVraag } from '../../lib/state/vraag.svelte';
import { kenmerkBronnenVraag, kenmerkenVraag, type KenmerkenRij } from '../../lib/db/sql/peers';
import { maakContext, referentiegroepVanRecept, samenvatting, STUDIE_REFERENTIES_SEED003 } from '../../lib/model/peers/index.ts';
import type { GemeenteRij } from '../../lib/db/vragen';
import type { Taal } from '../../lib/i18n/taal';
import { peerRijen, standaardRecept } from '../kaart/gegevens.ts';

export const PEER_INDICATOR = 'kwb_pct_jongeren_jeugdzorg';

/** Codes of the gemeenten that exist in the 2022 indeling (the Kaart page's map). */
export function codesIndeling2022(regios: readonly GemeenteRij[]): Set<string> {
  return new Set(regios.filter((r) => r.soort === 'gemeente' && (!r.opgeheven_per || r.opgeheven_per > '2022-01-01')).map((r) => r.code));
}

export function peerVergelijking(invoer: () => { gemeente: string; regios: GemeenteRij[]; taal: Taal }) {
  const kenmerken = volgVraag(() => kenmerkenVraag());
  const bronRijen = volgVraag(() => kenmerkBronnenVraag());
  const codes = $derived(codesIndeling2022(invoer().regios));
  const ctx = $derived(maakContext({ gemeenten: peerRijen(codes, kenmerken.rijen, invoer().regios), buren: new Map(), studieSets: STUDIE_REFERENTIES_SEED003 }));
  const groep = $derived(referentiegroepVanRecept(invoer().gemeente, standaardRecept(invoer().gemeente, ctx), ctx, invoer().taal));
  const waarden = $derived(new Map((kenmerken.rijen ?? []).map((r: KenmerkenRij) => [r.code, r[PEER_INDICATOR]])));
  const som = $derived(samenvatting(waarden.get(invoer().gemeente) ?? null, groep.leden.map((l) => waarden.get(l.code) ?? null), { waarden, code: invoer().gemeente }));
  return {
    get kenmerken() { return kenmerken; },
    get bronnen() { return (bronRijen.rijen ?? []).filter((r) => r.indicator === PEER_INDICATOR); },
    get groep() { return groep; },
    get waarden() { return waarden; },
    get som() { return som; },
  };
}
