import { execFileSync } from 'node:child_process';

/**
 * A free loopback port, found synchronously (a config file cannot wait): a child Node process
 * listens on port 0 and prints what it got. Used once, by the main Playwright process; the
 * workers inherit it through the environment.
 */
export function freePortSync(): number {
  const script =
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}
