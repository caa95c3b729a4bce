// Builds src/boot/hand-preview.ts (the join hand's pre-paint) as ONE self-contained file: it is
// requested by index.html before anything else on a join link, so it must not wait for chunks it
// shares with the app. It is emitted as an asset of the app's build (hashed, precached).
import { rolldown } from 'rolldown';
import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';

const ENTRY = 'src/boot/hand-preview.ts';
const NAME = 'hand-preview.js';

/** The plugin; `enforce: 'pre'` makes the file exist before index.html is written. */
export function handPreviewPlugin(): Plugin {
  return {
    name: 'kortstokk-hand-preview',
    apply: 'build',
    enforce: 'pre',
    async generateBundle() {
      const build = await rolldown({ input: ENTRY, platform: 'browser', logLevel: 'warn' });
      try {
        const { output } = await build.generate({ format: 'es', minify: true });
        const [chunk, ...rest] = output;
        if (!chunk || rest.length > 0) throw new Error(`${ENTRY} must build to one file`);
        this.emitFile({ type: 'asset', name: NAME, source: chunk.code });
      } finally {
        await build.close();
      }
    },
  };
}

/** The built pre-paint file, in assets/; undefined when the build has none. */
export function handPreviewFile(bundle: OutputBundle): string | undefined {
  const asset = Object.values(bundle).find((a) => a.type === 'asset' && a.names.includes(NAME));
  return asset?.fileName.replace(/^assets\//, '');
}
