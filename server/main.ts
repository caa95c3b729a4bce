// `node build/server/main.js [dir]` (`npm run serve`): serves the build in `dir` (default dist)
// on HOST:PORT (defaults 127.0.0.1:4173) until SIGINT or SIGTERM (Ctrl+C, systemctl stop).
import { networkInterfaces } from 'node:os';
import { listenOptions, listenUrls, phonesNote } from './listen.ts';
import { startServer } from './start.ts';

async function main() {
  const root = process.argv[2] ?? 'dist';
  const { host, port } = listenOptions(process.env);
  const handle = await startServer({ root, host, port });
  console.log(`Kortstokk serves ${handle.root} at:`);
  for (const url of listenUrls(host, handle.port, networkInterfaces())) console.log(`  ${url}`);
  console.log(phonesNote(host));
  console.log('Ctrl+C stops it.');
  const stop = () => void handle.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
