// CBS period codes and StatLine period labels. Code = 4-digit year + type + number:
// JJ00 (year), HJ01–02 (half-year), KW01–04 (quarter), MM01–12 (month).
import type { Status } from './typen.ts';
import { melding, meldingTekst } from './melding.ts';

export const PERIODE_CODE = /^(\d{4})(JJ00|HJ0[12]|KW0[1-4]|MM(?:0[1-9]|1[0-2]))$/;

export function isPeriodeCode(s: string): boolean {
  return PERIODE_CODE.test(s);
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

export interface PeriodeTreffer {
  code: string;
  status: Status;
  noot: string;
}

/**
 * StatLine label → code. "2023*" → 2023JJ00 voorlopig; "2023 1e halfjaar" → 2023HJ01 definitief;
 * "2022 2e kwartaal" → 2022KW02; "2021 maart" → 2021MM03. `**` is CBS "nader voorlopig": still
 * voorlopig, with a note. A plain label without asterisk is definitief in StatLine.
 * A bare CBS code is accepted too; its status is then unknown from the label.
 */
export function leesPeriodeLabel(label: string): PeriodeTreffer | null {
  let s = label.trim();
  if (isPeriodeCode(s)) return { code: s, status: 'onbekend', noot: '' };
  let status: Status = 'definitief';
  let noot = '';
  const ster = /\*+$/.exec(s);
  if (ster) {
    status = 'voorlopig';
    if (ster[0].length >= 2) noot = meldingTekst('nl', melding('imp_m_noot_nader')); // stored with the fact: Dutch
    s = s.slice(0, -ster[0].length).trim();
  }
  s = s.toLowerCase().replace(/\s+/g, ' ');
  let m = /^(\d{4})$/.exec(s);
  if (m) return { code: `${m[1]}JJ00`, status, noot };
  m = /^(\d{4}) ([12])e halfjaar$/.exec(s);
  if (m) return { code: `${m[1]}HJ0${m[2]}`, status, noot };
  m = /^(\d{4}) ([1-4])e kwartaal$/.exec(s);
  if (m) return { code: `${m[1]}KW0${m[2]}`, status, noot };
  m = /^(\d{4}) ([a-z]+)$/.exec(s);
  if (m) {
    const i = MAANDEN.indexOf(m[2]);
    if (i >= 0) return { code: `${m[1]}MM${String(i + 1).padStart(2, '0')}`, status, noot };
  }
  return null;
}

/** Compact number for a period code (for duplicate-key sets): year*32 + slot. */
export function periodeNummer(code: string): number {
  const jaar = Number(code.slice(0, 4));
  const soort = code.slice(4, 6);
  const nr = Number(code.slice(6, 8));
  const slot = soort === 'JJ' ? 0 : soort === 'HJ' ? nr : soort === 'KW' ? 2 + nr : 6 + nr;
  return jaar * 32 + slot;
}
