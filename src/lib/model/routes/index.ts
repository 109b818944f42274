/** Thuiszitter pathways (issue 5): public API of the model. See data/routes/README.md. */
export * from './toestand.ts';
export * from './definities.ts';
export * from './filter.ts';
export * from './route.ts';
export * from './duur.ts';
export * from './datum.ts';
export * from './bronnen.ts';
export * from './tijdlijn.ts';
