// Writes the header files of the static hosts (`_headers`, nginx-app.conf) into the build, with
// the policy that allows the inline parts of every page the build wrote (scripts/csp.ts;
// server/deploy-files.ts renders them), and
// the `room` file that tells the app a static host has no live room (the app's server answers
// that address itself when its room is on).
import type { Plugin } from 'vite';
import { cspFromHtml, unionPolicy } from './csp.ts';
import { nginxLocations, netlifyHeaders } from '../server/deploy-files.ts';
import { HEADERS_FILE, NGINX_FILE } from '../server/headers.ts';
import { NO_ROOM_PROBE_BODY, ROOM_PATH } from '../src/domain/room/room-contract.ts';
import { PAGE_FILES } from '../src/domain/routes/route-table.ts';

export function hostFilesPlugin(): Plugin {
  return {
    name: 'kortstokk-host-files',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After the pages have been written (scripts/pages-plugin.ts), meta tags and all.
      order: 'post',
      handler(_options, bundle) {
        if (bundle['index.html']?.type !== 'asset') return;
        const policies = PAGE_FILES.map((file) => {
          const page = bundle[file];
          const policy = page?.type === 'asset' ? cspFromHtml(String(page.source)) : null;
          if (!policy) throw new Error(`${file} has no Content-Security-Policy meta tag`);
          return policy;
        });
        const policy = unionPolicy(policies);
        this.emitFile({ type: 'asset', fileName: HEADERS_FILE, source: netlifyHeaders(policy) });
        this.emitFile({ type: 'asset', fileName: NGINX_FILE, source: nginxLocations(policy) });
        this.emitFile({ type: 'asset', fileName: ROOM_PATH, source: JSON.stringify(NO_ROOM_PROBE_BODY) });
      },
    },
  };
}
