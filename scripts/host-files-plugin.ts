// Writes the header files of the static hosts (`_headers`, nginx-app.conf) into the build, with
// the policy the build wrote into its own index.html (server/deploy-files.ts renders them), and
// the `room` file that tells the app a static host has no live room (the app's server answers
// that address itself when its room is on).
import type { Plugin } from 'vite';
import { cspFromHtml } from './csp.ts';
import { nginxLocations, netlifyHeaders } from '../server/deploy-files.ts';
import { HEADERS_FILE, NGINX_FILE } from '../server/headers.ts';
import { NO_ROOM_PROBE_BODY, ROOM_PATH } from '../src/domain/room/room-contract.ts';

export function hostFilesPlugin(): Plugin {
  return {
    name: 'kortstokk-host-files',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After index.html has been written, meta tag and all.
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') return;
        const policy = cspFromHtml(String(page.source));
        if (!policy) throw new Error('index.html has no Content-Security-Policy meta tag');
        this.emitFile({ type: 'asset', fileName: HEADERS_FILE, source: netlifyHeaders(policy) });
        this.emitFile({ type: 'asset', fileName: NGINX_FILE, source: nginxLocations(policy) });
        this.emitFile({ type: 'asset', fileName: ROOM_PATH, source: JSON.stringify(NO_ROOM_PROBE_BODY) });
      },
    },
  };
}
