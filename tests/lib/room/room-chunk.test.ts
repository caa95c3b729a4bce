import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The live room's libraries (Hocuspocus provider, Yjs) must load only where a live room starts:
// nothing outside src/lib/room may import them, and the room connection only through import().
const SRC = join(import.meta.dirname, '../../../src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : /\.(ts|tsx)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
const staticImports = (text: string) =>
  [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gm)]
    .filter((m) => !/^\s*(?:import|export)\s+type\s/.test(m[0]))
    .map((m) => m[1]!);

describe('the live room chunk', () => {
  const sources = files(SRC).map((file) => ({
    file: relative(SRC, file),
    imports: staticImports(readFileSync(file, 'utf8')),
  }));

  it('is the only place that imports the provider and Yjs', () => {
    const outside = sources.filter(
      (s) =>
        !s.file.startsWith('lib/room/') &&
        s.imports.some((i) => /^(?:@hocuspocus\/|yjs$|y-protocols)/.test(i)),
    );
    expect(outside.map((s) => s.file)).toEqual([]);
  });

  it('is never imported statically (only with import())', () => {
    const roomLibraries = ['room-connection', 'room-doc', 'room-socket'];
    const staticUsers = sources.filter(
      (s) =>
        !['lib/room/room-connection.ts'].includes(s.file) &&
        s.imports.some((i) => roomLibraries.some((name) => i.endsWith(`/${name}.ts`))),
    );
    expect(staticUsers.map((s) => s.file)).toEqual([]);
  });
});
