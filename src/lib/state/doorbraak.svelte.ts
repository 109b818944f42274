// A gemeente's own Doorbraak ledger, loaded on the Eigen data page and shown on the Doorbraak page.
// Held only in this tab's memory: it is never sent anywhere, stored or embedded.
import { parseLogboek, type LogboekResultaat } from '../model/doorbraak/logboek';

export const logboek: { resultaat: LogboekResultaat | null; fase: 'leeg' | 'lezen' | 'klaar' | 'fout'; melding: string } = $state({
  resultaat: null,
  fase: 'leeg',
  melding: '',
});

/** Reads ledger files; with several, the last one wins (one gemeente's ledger at a time). */
export async function laadLogboek(files: File[]): Promise<void> {
  logboek.fase = 'lezen';
  try {
    for (const f of files) logboek.resultaat = parseLogboek(await f.text(), f.name);
    logboek.fase = logboek.resultaat?.fout ? 'fout' : 'klaar';
    logboek.melding = logboek.resultaat?.fout ?? '';
  } catch (e) {
    logboek.fase = 'fout';
    logboek.melding = (e as Error).message;
  }
}

export function wisLogboek(): void {
  Object.assign(logboek, { resultaat: null, fase: 'leeg', melding: '' });
}
