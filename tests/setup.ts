// Component tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
// IndexedDB is provided by fake-indexeddb in storage tests that import it.
export {};
