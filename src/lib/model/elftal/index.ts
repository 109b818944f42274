/** Het elftal van uw gemeente and the raadsvragen (issue 17): public API. See docs/elftal.md. */
export * from './taakvelden.ts';
export * from './verdeling.ts';
export * from './keuze.ts';
export * from './raadsvragen.ts';
export * from './citaten.ts';
