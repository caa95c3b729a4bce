import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  joinAddressProblem,
  joinAddressSeverity,
  type JoinAddressProblem,
} from '../../../src/domain/join/join-address.ts';

const KINDS: readonly (JoinAddressProblem | null)[] = [
  'loopback',
  'unspecified',
  'local-name',
  'private-http',
  'same-network',
  'invalid',
  null,
];

const cases = (kind: JoinAddressProblem | null, addresses: readonly string[]) =>
  it.each(addresses)(`%s → ${String(kind)}`, (address) => {
    expect(joinAddressProblem(address)).toBe(kind);
  });

describe('joinAddressProblem', () => {
  describe('loopback: only this machine opens it', () => {
    cases('loopback', [
      'http://localhost:4173/',
      'https://localhost/',
      'http://LOCALHOST:4173/',
      'http://localhost.:4173/',
      'http://kortstokk.localhost/',
      'http://127.0.0.1:4173/',
      'http://127.1.2.3/kortstokk/',
      'https://127.0.0.1/',
      'http://127.1/', // the URL parser's shorthand for 127.0.0.1
      'http://0x7f000001/',
      'http://[::1]:4173/',
      'http://[0:0:0:0:0:0:0:1]/',
      'http://[::ffff:127.0.0.1]/',
      'file:///home/kursholder/kortstokk/dist/index.html',
    ]);
  });

  describe("unspecified: a server's «every interface»", () => {
    cases('unspecified', ['http://0.0.0.0:4173/', 'https://0.0.0.0/', 'http://[::]:4173/', 'http://0/']);
  });

  describe('local-name: a name phones may not find', () => {
    cases('local-name', [
      'http://kortstokk.local:4173/',
      'https://kortstokk.local/',
      'https://Kursrom-PC.LOCAL./',
      'https://kortstokk/',
      'http://kortstokk:4173/',
      'https://kortstokk.home.arpa/',
      'https://kortstokk.internal/',
      'https://kortstokk.lan/',
    ]);
  });

  describe('private-http: plain http, no offline and no secure context', () => {
    cases('private-http', [
      'http://192.168.1.20:4173/',
      'http://10.0.0.5/',
      'http://172.16.0.1/',
      'http://172.31.255.254/',
      'http://169.254.10.1/',
      'http://100.64.0.1/',
      'http://100.127.255.1/',
      'http://[fd12:3456::1]/',
      'http://[fe80::1]/',
      'http://kortstokk.kommune.example/',
      'http://203.0.113.7/',
      'HTTP://Kortstokk.Kommune.Example./',
    ]);
  });

  describe('same-network: a private address over HTTPS reaches only phones on that network', () => {
    cases('same-network', [
      'https://192.168.1.20/',
      'https://10.1.2.3:8443/kortstokk/',
      'https://172.20.0.1/',
      'https://169.254.0.9/',
      'https://100.100.100.100/',
      'https://[fd00::5]/',
      'https://[fe80::abcd]/',
      'https://[::ffff:10.0.0.1]/',
    ]);
    it('is the one kind said as a note, not an alert', () => {
      expect(joinAddressSeverity('same-network')).toBe('note');
      for (const kind of KINDS)
        if (kind && kind !== 'same-network') expect(joinAddressSeverity(kind)).toBe('alert');
    });
  });

  describe('invalid: not a web address', () => {
    cases('invalid', ['', 'kortstokk', '/#/join', 'ftp://kortstokk.example/', 'about:blank', 'http://']);
  });

  describe('a public HTTPS address gets no warning', () => {
    cases(null, [
      'https://kortstokk.kommune.example/',
      'https://kortstokk.kommune.example/verksted/',
      'https://KORTSTOKK.Kommune.Example./',
      'https://www.example.no:8443/kortstokk/',
      'https://203.0.113.7/',
      'https://172.32.0.1/', // just outside 172.16.0.0/12
      'https://100.128.0.1/', // just outside 100.64.0.0/10
      'https://[2001:db8::1]/',
      '  https://kortstokk.kommune.example/  ',
    ]);
  });

  it('never throws, and always answers with one of its kinds', () => {
    const inputs = fc.oneof(
      fc.string(),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string().map((s) => `http://${s}`),
      fc.string().map((s) => `https://[${s}]/`),
      fc.ipV4().map((ip) => `https://${ip}/`),
      fc.ipV6().map((ip) => `http://[${ip}]/`),
    );
    fc.assert(
      fc.property(inputs, (address) => {
        expect(KINDS).toContain(joinAddressProblem(address));
      }),
    );
  });

  it('classifies every IPv4 address over HTTPS as the range it lies in', () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        const [a = 0, b = 0] = ip.split('.').map(Number);
        const kind = joinAddressProblem(`https://${ip}/`);
        if (a === 127) expect(kind).toBe('loopback');
        else if (a === 0) expect(kind).toBe('unspecified');
        else if (a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b < 32))
          expect(kind).toBe('same-network');
        else if ((a === 169 && b === 254) || (a === 100 && b >= 64 && b < 128))
          expect(kind).toBe('same-network');
        else expect(kind).toBeNull();
      }),
    );
  });
});
