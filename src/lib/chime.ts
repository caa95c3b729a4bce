/**
 * A soft chime made with Web Audio, so no sound file is fetched and nothing is precached. The
 * AudioContext is created on the first user gesture (browsers keep audio locked until one) and
 * every failure is swallowed: a missing chime must never break a round or spam the console.
 */

type AudioContextClass = new () => AudioContext;

// Gentle sine partials (a C major triad an octave up), quieter as they go higher.
const PARTIALS = [
  { hz: 523.25, gain: 0.5 },
  { hz: 783.99, gain: 0.25 },
  { hz: 1046.5, gain: 0.12 },
];
const VOLUME = 0.18;
const ATTACK_S = 0.12;
const DECAY_S = 2.4;

let context: AudioContext | null = null;

function audioContextClass(): AudioContextClass | null {
  const g = globalThis as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass };
  return g.AudioContext ?? g.webkitAudioContext ?? null;
}

function getContext(): AudioContext | null {
  if (context) return context;
  const Ctx = audioContextClass();
  if (!Ctx) return null;
  try {
    context = new Ctx();
  } catch {
    return null;
  }
  return context;
}

function wake(ctx: AudioContext): void {
  if (ctx.state !== 'suspended') return;
  // resume() rejects while no gesture has unlocked audio; the next gesture tries again.
  ctx.resume().catch(() => undefined);
}

/** Call from a user gesture (click, key press): creates or resumes the audio context. */
export function unlockChime(): void {
  try {
    const ctx = getContext();
    if (ctx) wake(ctx);
  } catch {
    // no audio on this device
  }
}

/** Plays the soft end-of-round chime, unless muted; silently does nothing without Web Audio. */
export function playChime({ muted }: { muted: boolean }): void {
  if (muted) return;
  try {
    const ctx = getContext();
    if (!ctx) return;
    wake(ctx);
    const t0 = ctx.currentTime + 0.02;
    const master = ctx.createGain();
    master.gain.value = VOLUME;
    master.connect(ctx.destination);
    for (const { hz, gain } of PARTIALS) {
      const osc = ctx.createOscillator();
      const env = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = hz;
      env.gain.setValueAtTime(0.0001, t0);
      env.gain.exponentialRampToValueAtTime(gain, t0 + ATTACK_S);
      env.gain.exponentialRampToValueAtTime(0.0001, t0 + ATTACK_S + DECAY_S);
      osc.connect(env).connect(master);
      osc.start(t0);
      osc.stop(t0 + ATTACK_S + DECAY_S + 0.1);
    }
  } catch {
    // Audio is a nicety: the visual end state still shows that the time is up.
  }
}
