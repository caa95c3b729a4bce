// The live room under load (issue 15): 10 rooms, each with a facilitator and 30 phones, every
// phone sharing 10 notes while the presenter moves. Measured: from a phone starting to seal a note
// to the facilitator's client having it decrypted, and the presenter's move to each phone having
// it decrypted; the server's memory and CPU. All clients run the app's own room code (see
// tests/bench/room-load/*.ts), bundled for Node with Vite; the server is the built one, in its own process.
// Numbers are reported by scripts/bench.mjs, never asserted.
import { execFileSync, fork } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { startServerProcess } from './server-process.mjs';

export const BUDGET_P95_MS = 250; // issue 15: share → facilitator's decrypted note, p95, loopback

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes) => (Number.isNaN(bytes) ? 'n/a (no /proc)' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const ms = (x) => (x === null ? '—' : `${x.toFixed(1)} ms`);
const now = () => performance.timeOrigin + performance.now();

/** Nearest-rank percentile of numbers (null for none). */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Bundles the two client programs for Node; external packages stay imports from node_modules. */
async function buildClients(root, outDir) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      ssr: true,
      rollupOptions: {
        input: {
          facilitators: join(root, 'tests/bench/room-load/facilitators.ts'),
          participants: join(root, 'tests/bench/room-load/participants.ts'),
        },
      },
      outDir,
      emptyOutDir: true,
      minify: false,
    },
  });
  const file = (name) =>
    join(
      outDir,
      readdirSync(outDir).find((f) => new RegExp(`^${name}\\.m?js$`).test(f)),
    );
  return { facilitators: file('facilitators'), participants: file('participants') };
}

/** The next IPC message of `type` from `child`. */
const next = (child, type) =>
  new Promise((resolve, reject) => {
    const onMessage = (message) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message);
    };
    const onExit = (code) => reject(new Error(`the participants' process stopped (exit ${code})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });

/**
 * How far the child's `now()` is from ours: the note times are taken in both processes. Its
 * answer lies within the round trip; the quickest of a few trips bounds it best.
 */
async function clockOffset(child) {
  let best = { offset: 0, within: Infinity };
  for (let i = 0; i < 5; i += 1) {
    const asked = now();
    const answer = next(child, 'clock');
    child.send({ type: 'clock' });
    const { at } = await answer;
    const back = now();
    if ((back - asked) / 2 < best.within)
      best = { offset: at - (asked + back) / 2, within: (back - asked) / 2 };
  }
  return best;
}

/** Runs the load against a fresh server process and prints what it measured. */
export async function roomLoadPart({ root, outDir }) {
  const clients = await buildClients(root, join(outDir, 'room-clients'));
  // The server as `npm run build` compiles it (build/server), so a change is never measured stale.
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'server'], {
    cwd: root,
    stdio: 'inherit',
  });
  const { startFacilitators, ROOM_LOAD: plan } = await import(pathToFileURL(clients.facilitators).href);
  const phones = plan.rooms * plan.participantsPerRoom;
  console.log(
    `\nLive room load: ${plan.rooms} rooms × (1 facilitator + ${plan.participantsPerRoom} phones), ` +
      `${plan.notesEach} notes per phone at random moments\n` +
      `  within ${plan.shareWindowMs / 1000} s, the presenter moving every ${plan.presenterEveryMs / 1000} s ` +
      `in every room. The built server (build/server/main.js)\n` +
      `  in its own process on 127.0.0.1 with a fresh data folder; the facilitators in this process, the ` +
      `${phones} phones\n  in one child process, all running the app's own room code (provider + Yjs over ws, Web Crypto).`,
  );
  const emptyRoot = join(outDir, 'no-build'); // the room needs no app files; nothing else is asked for
  mkdirSync(emptyRoot, { recursive: true });
  const server = await startServerProcess({ entry: join(root, 'build/server/main.js'), root: emptyRoot });
  const appBase = `http://127.0.0.1:${server.port}/`;
  let sampledPeak = 0;
  const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, server.memory().rss)), 250);
  const idle = server.memory();
  let facilitators = null;
  let child = null;
  try {
    facilitators = await startFacilitators(appBase, plan.rooms);
    child = fork(clients.participants, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const joinedAt = next(child, 'joined');
    child.send({ type: 'join', appBase, rooms: facilitators.invites });
    const joined = await joinedAt;
    console.log(
      `  joined: ${joined.connected} of ${phones} phones connected in ${(joined.ms / 1000).toFixed(1)} s ` +
        `(one every ${plan.joinEveryMs} ms, under the server's 600 connections/min/address)` +
        (joined.refused > 0 ? `, ${joined.refused} REFUSED` : ''),
    );
    const clock = await clockOffset(child);
    const connected = server.memory();
    const loadBefore = loadavg()[0].toFixed(1);
    const cpuBefore = server.cpuSeconds();
    const started = now();
    const stopMoving = facilitators.movePresenters(plan.presenterEveryMs);
    const sharedAt = next(child, 'shared');
    child.send({ type: 'share' });
    const { count: sealed } = await sharedAt;
    const lastShare = now();
    const expected = phones * plan.notesEach;
    while (facilitators.received.size < Math.max(sealed, expected) && now() - lastShare < plan.graceMs) {
      await sleep(50);
    }
    stopMoving();
    const loadSeconds = (now() - started) / 1000;
    const cpu = server.cpuSeconds() - cpuBefore;
    const atEnd = server.memory();
    const loadAfter = loadavg()[0].toFixed(1);
    const reportAt = next(child, 'report');
    child.send({ type: 'report' });
    const { report } = await reportAt;

    const latencies = [];
    let lost = 0;
    for (const [id, sentAt] of report.sent) {
      const receivedAt = facilitators.received.get(id);
      if (receivedAt === undefined) lost += 1;
      else latencies.push(receivedAt - sentAt);
    }
    const p95 = percentile(latencies, 95);
    const presenter = report.presenterLatencies;
    const failures = [...facilitators.failures].map(([reason, n]) => `${n} ${reason}`).join(', ') || '0';
    console.log(
      `  share → facilitator's decrypted note: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(p95)}, ` +
        `max ${ms(percentile(latencies, 100))}\n` +
        `    ${latencies.length} received of ${report.sent.length} sealed (${expected} planned); ${lost} lost ` +
        `(not there ${plan.graceMs / 1000} s after the last share); ${report.shareFailures} share failures; ` +
        `${report.reseals} sealed twice`,
    );
    console.log(
      `  presenter move → phone decrypted it: p50 ${ms(percentile(presenter, 50))}, ` +
        `p95 ${ms(percentile(presenter, 95))}, max ${ms(percentile(presenter, 100))} ` +
        `(${presenter.length} readings of ${facilitators.moves()} moves; 1 ms resolution)`,
    );
    console.log(
      `  server memory (resident): ${mb(idle.rss)} idle, ${mb(connected.rss)} with everyone connected, ` +
        `${mb(atEnd.rss)} at the end;\n    peak ${mb(atEnd.peak)} (kernel's VmHWM; sampled every 250 ms: ${mb(sampledPeak)})`,
    );
    console.log(
      `  server CPU: ${cpu.toFixed(1)} s over ${loadSeconds.toFixed(0)} s of load ` +
        `(${((cpu / loadSeconds) * 100).toFixed(0)} % of one core)`,
    );
    console.log(
      `  connections lost and back: ${report.drops} phones, ${facilitators.drops()} facilitators; refused: ` +
        `${report.refusals.length}; envelopes that did not open: ${failures}`,
    );
    console.log(
      `  clients' own event-loop delay, p99: facilitators ${ms(facilitators.eventLoopDelayP99Ms())}, ` +
        `phones ${ms(report.eventLoopDelayP99Ms)} (time a measurement may wait on its own process)`,
    );
    console.log(
      `  the two client processes' clocks differ by ${clock.offset.toFixed(2)} ± ${clock.within.toFixed(2)} ms ` +
        `(IPC round trip; share times are taken in one, arrivals in the other)`,
    );
    console.log(`  machine load (1-min average): ${loadBefore} at the start, ${loadAfter} at the end`);
    if (server.errors.length > 0)
      console.log(`  the server said on stderr: ${server.errors.slice(-5).join(' | ')}`);
    const kept = p95 !== null && p95 <= BUDGET_P95_MS;
    console.log(
      `  budget, share → facilitator p95: ${kept ? 'met' : 'MISSED'} — ${ms(p95)}, budget ≤ ${BUDGET_P95_MS} ms`,
    );
    const all = lost === 0 && latencies.length === expected;
    console.log(
      `  budget, every note arrives: ${all ? 'met' : 'MISSED'} — ${latencies.length} of ${expected}`,
    );
  } finally {
    clearInterval(sampler);
    if (child && child.exitCode === null && child.connected) child.kill();
    facilitators?.close();
    await server.stop();
  }
}
