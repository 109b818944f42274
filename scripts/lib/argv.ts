// The one command-line reader of the scripts: `--naam waarde`, `--naam=waarde` and `--vlag`.

const sleutel = (naam: string) => (naam.startsWith('--') ? naam : `--${naam}`);

/** Value of `--naam` (the name may be given with or without `--`), or undefined when absent. */
export function optie(naam: string, argv: readonly string[] = process.argv): string | undefined {
  const k = sleutel(naam);
  const i = argv.indexOf(k);
  // an empty value (`--naam ''`) is a value too; the next option is not
  if (i >= 0 && i + 1 < argv.length && !argv[i + 1].startsWith('--')) return argv[i + 1];
  return argv.find((x) => x.startsWith(`${k}=`))?.slice(k.length + 1);
}

/** Value of `--naam`, or `standaard` when absent. */
export function arg(naam: string, standaard: string, argv: readonly string[] = process.argv): string {
  return optie(naam, argv) ?? standaard;
}

/** True when `--naam` is on the command line. */
export function vlag(naam: string, argv: readonly string[] = process.argv): boolean {
  return argv.includes(sleutel(naam));
}

/** The arguments that are neither options nor option values (`--naam waarde`), e.g. input files. */
export function positioneel(argv: readonly string[] = process.argv): string[] {
  return argv.slice(2).filter((a, i, xs) => !a.startsWith('--') && !(i > 0 && xs[i - 1].startsWith('--') && !xs[i - 1].includes('=')));
}
