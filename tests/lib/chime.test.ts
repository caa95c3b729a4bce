import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// chime.ts keeps its AudioContext in module state: each test imports a fresh copy.
const loadChime = async () => {
  vi.resetModules();
  return import('../../src/lib/chime.ts');
};

class FakeParam {
  value = 0;
  setValueAtTime = vi.fn();
  exponentialRampToValueAtTime = vi.fn();
}
class FakeNode {
  gain = new FakeParam();
  frequency = new FakeParam();
  type = '';
  connect = vi.fn((next: FakeNode) => next);
  start = vi.fn();
  stop = vi.fn();
}

let created = 0;
let oscillators: FakeNode[] = [];
class FakeAudioContext {
  state = 'suspended';
  currentTime = 0;
  destination = new FakeNode();
  constructor() {
    created += 1;
  }
  resume = vi.fn(() => Promise.reject(new Error('no gesture yet')));
  createGain = () => new FakeNode();
  createOscillator = () => {
    const osc = new FakeNode();
    oscillators.push(osc);
    return osc;
  };
}

beforeEach(() => {
  created = 0;
  oscillators = [];
});
afterEach(() => vi.unstubAllGlobals());

describe('playChime', () => {
  it('does nothing and throws nothing when there is no Web Audio', async () => {
    const error = vi.spyOn(console, 'error');
    expect('AudioContext' in globalThis).toBe(false);
    const { playChime, unlockChime } = await loadChime();
    expect(() => unlockChime()).not.toThrow();
    expect(() => playChime({ muted: false })).not.toThrow();
    expect(error).not.toHaveBeenCalled();
  });

  it('stays silent, without creating audio, when muted', async () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const { playChime } = await loadChime();
    playChime({ muted: true });
    expect(created).toBe(0);
  });

  it('plays a few sine partials from one lazily created context', async () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const { playChime, unlockChime } = await loadChime();
    expect(created).toBe(0);
    unlockChime();
    playChime({ muted: false });
    playChime({ muted: false });
    expect(created).toBe(1);
    expect(oscillators.length).toBeGreaterThanOrEqual(4);
    for (const osc of oscillators) {
      expect(osc.type).toBe('sine');
      expect(osc.start).toHaveBeenCalled();
      expect(osc.stop).toHaveBeenCalled();
    }
  });

  it('swallows a context that cannot be created', async () => {
    vi.stubGlobal(
      'AudioContext',
      class {
        constructor() {
          throw new Error('too many contexts');
        }
      },
    );
    const { playChime } = await loadChime();
    expect(() => playChime({ muted: false })).not.toThrow();
  });
});
