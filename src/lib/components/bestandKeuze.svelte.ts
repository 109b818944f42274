// The change handler of a file input that reads case files: busy while reading, the error in
// words when reading fails (the rest of the page stays usable), and the input cleared so the same
// file can be chosen again after fixing it.
export interface BestandKeuze {
  readonly bezig: boolean;
  readonly fout: string;
  kies(e: Event): Promise<void>;
}

/** `lees` gets the chosen files; a message it returns is shown as the error. */
export function bestandKeuze(lees: (files: File[]) => Promise<string | void>): BestandKeuze {
  const s = $state({ bezig: false, fout: '' });
  return {
    get bezig() {
      return s.bezig;
    },
    get fout() {
      return s.fout;
    },
    async kies(e: Event) {
      const input = e.currentTarget as HTMLInputElement;
      const files = [...(input.files ?? [])];
      if (!files.length) return;
      s.bezig = true;
      s.fout = '';
      try {
        s.fout = (await lees(files)) ?? '';
      } catch (err) {
        s.fout = (err as Error).message;
      } finally {
        s.bezig = false;
        input.value = '';
      }
    },
  };
}
