// Builds the boot scripts of src/boot that must run before the first paint into one small
// classic script each and writes it inline into index.html, in place of its `<!--boot:NAME-->`
// comment. Inline, it costs no request before the first paint; the CSP allows it by its hash
// (vite.config.ts hashes every inline script). Being TypeScript, it imports the language list,
// storage keys and <html> flags the app uses instead of copying them.
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

/**
 * The boot scripts, by the name of their comment in index.html. (src/boot/start-app.ts is written
 * by vite.config.ts, next to the build's file names it reads.)
 */
const BOOT_SCRIPTS = { head: 'src/boot/head-boot.ts', shell: 'src/boot/shell-boot.ts' } as const;

/** One boot script as the minified source of a classic script (an IIFE, no imports). */
export async function bundleBootScript(entry: string): Promise<string> {
  const build = await rolldown({ input: entry, platform: 'browser', logLevel: 'warn' });
  try {
    const { output } = await build.generate({ format: 'iife', minify: true });
    const [chunk, ...rest] = output;
    if (!chunk || rest.length > 0) throw new Error(`${entry} must build to one file`);
    // `</script` inside would end the inline script early.
    if (/<\/script/i.test(chunk.code)) throw new Error(`${entry} contains </script`);
    return chunk.code.trim();
  } finally {
    await build.close();
  }
}

/** The plugin: in the dev server and the build, before the CSP is computed. */
export function bootScriptPlugin(): Plugin {
  return {
    name: 'kortstokk-boot-scripts',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        let out = html;
        for (const [name, entry] of Object.entries(BOOT_SCRIPTS)) {
          const marker = `<!--boot:${name}-->`;
          if (!out.includes(marker)) throw new Error(`index.html lacks ${marker}`);
          out = out.replace(marker, `<script>${await bundleBootScript(entry)}</script>`);
        }
        return out;
      },
    },
  };
}
