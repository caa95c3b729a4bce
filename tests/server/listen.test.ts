import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { listenOptions, listenUrls, phonesNote } from '../../server/listen.ts';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '00:00:00:00:00:00',
  internal,
  cidr: null,
});
const v6 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: 'ffff:ffff:ffff:ffff::',
  family: 'IPv6',
  mac: '00:00:00:00:00:00',
  internal,
  cidr: null,
  scopeid: 0,
});

const INTERFACES = {
  eth0: [v4('192.168.1.23'), v6('fe80::1c2b:3aff:fe4d:5e6f'), v6('2001:db8::23')],
  lo: [v4('127.0.0.1', true), v6('::1', true)],
  wlan0: [v4('10.0.0.7'), v6('fd12:3456::7')],
  down: undefined,
};

describe('HOST and PORT', () => {
  it('default to 127.0.0.1 and 4173', () => {
    expect(listenOptions({})).toEqual({ host: '127.0.0.1', port: 4173 });
    expect(listenOptions({ HOST: ' ', PORT: '' })).toEqual({ host: '127.0.0.1', port: 4173 });
  });

  it('are taken from the environment', () => {
    expect(listenOptions({ HOST: '0.0.0.0', PORT: '8080' })).toEqual({ host: '0.0.0.0', port: 8080 });
    expect(listenOptions({ HOST: '::', PORT: '0' })).toEqual({ host: '::', port: 0 });
  });

  it('refuse a port that is not one, saying what was given', () => {
    for (const PORT of ['http', '80a', '-1', '65536', '4173.5', '1e3']) {
      expect(() => listenOptions({ PORT }), PORT).toThrow(`«${PORT}»`);
    }
  });
});

describe('the printed addresses', () => {
  it('are the one address for a single host', () => {
    expect(listenUrls('127.0.0.1', 4173, INTERFACES)).toEqual(['http://127.0.0.1:4173/']);
    expect(listenUrls('localhost', 80, INTERFACES)).toEqual(['http://localhost:80/']);
    expect(listenUrls('::1', 4173, INTERFACES)).toEqual(['http://[::1]:4173/']);
  });

  it('are every IPv4 address of the machine for 0.0.0.0, this machine’s first', () => {
    expect(listenUrls('0.0.0.0', 4173, INTERFACES)).toEqual([
      'http://127.0.0.1:4173/',
      'http://192.168.1.23:4173/',
      'http://10.0.0.7:4173/',
    ]);
  });

  it('are every IPv4 and IPv6 address for ::, without link-local ones a browser cannot open', () => {
    expect(listenUrls('::', 4173, INTERFACES)).toEqual([
      'http://127.0.0.1:4173/',
      'http://[::1]:4173/',
      'http://192.168.1.23:4173/',
      'http://[2001:db8::23]:4173/',
      'http://10.0.0.7:4173/',
      'http://[fd12:3456::7]:4173/',
    ]);
  });
});

describe('the note on phones', () => {
  it('asks for an HTTPS address and points to the README', () => {
    for (const host of ['127.0.0.1', '0.0.0.0']) {
      expect(phonesNote(host)).toMatch(/HTTPS/);
      expect(phonesNote(host)).toMatch(/README «Deploy»/);
    }
  });

  it('says when only this machine can open the server', () => {
    expect(phonesNote('127.0.0.1')).toMatch(/Only this machine/);
    expect(phonesNote('localhost')).toMatch(/Only this machine/);
    expect(phonesNote('0.0.0.0')).not.toMatch(/Only this machine/);
  });
});
