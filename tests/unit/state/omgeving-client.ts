// Vitest environment for tests of Svelte runes: Node's globals, with modules transformed as for the
// browser (Svelte's client build, where $effect runs), without a DOM.
import type { Environment } from 'vitest/environments';

export default <Environment>{
  name: 'client-zonder-dom',
  viteEnvironment: 'client',
  setup() {
    return { teardown() {} };
  },
};
