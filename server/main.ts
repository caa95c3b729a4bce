// `node build/server/main.js [dir]` (`npm run serve`): serves the build in `dir` (default dist)
// on HOST:PORT (defaults 127.0.0.1:4173) until SIGINT or SIGTERM (Ctrl+C, systemctl stop), with
// the live room at /room unless KORTSTOKK_ROOM=off (its settings: server/room/room-options.ts).
import { networkInterfaces } from 'node:os';
import { listenOptions, listenUrls, phonesNote } from './listen.ts';
import { roomDatabase, roomOptionsFromEnv } from './room/room-options.ts';
import { startServer } from './start.ts';

async function main() {
  const root = process.argv[2] ?? 'dist';
  const { host, port } = listenOptions(process.env);
  const room = roomOptionsFromEnv(process.env);
  const handle = await startServer({ root, host, port, ...(room ? { room } : {}) });
  console.log(`Kortstokk serves ${handle.root} at:`);
  for (const url of listenUrls(host, handle.port, networkInterfaces())) console.log(`  ${url}`);
  console.log(phonesNote(host));
  console.log(room ? `Live room at /room, kept in ${roomDatabase(room.dataDir)}.` : 'Live room off.');
  console.log('Ctrl+C stops it.');
  const stop = () => void handle.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
