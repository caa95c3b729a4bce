import { monitorEventLoopDelay } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import type { Note } from '../../../src/domain/notes/note-types.ts';
import type { RoomStatus } from '../../../src/domain/room/room-status.ts';
import { startPhoneRoom, type PhoneRoom } from '../../../src/features/join/phone-room.ts';
import { phoneRoomAccess } from '../../../src/lib/room/room-access.ts';
import { connectRoom } from '../../../src/lib/room/room-connection.ts';
import { decryptState } from '../../../src/lib/room/room-crypto.ts';
import { sealNote } from '../../../src/lib/room/seal-note.ts';
import {
  noteText,
  now,
  ROOM_LOAD,
  type FromParticipants,
  type ParticipantsReport,
  type RoomInvite,
  type ToParticipants,
} from './plan.ts';

/**
 * The participants of the room load, as a child process of its own (so their sealing and their
 * 300 Y.Docs do not share an event loop with the facilitators who measure): each phone is the
 * app's own phone-room logic (startPhoneRoom) on connectRoom, sealing with sealNote to the link's
 * `fk` and reading the presenter with decryptState. The phone's 400 ms edit debounce (a pause
 * after the last keystroke) is set to 0: the time measured starts when sealing starts.
 */

type Phone = { room: PhoneRoom; seat: number; invite: RoomInvite; notes: Note[] };

const send = (message: FromParticipants) => process.send?.(message);
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();

const phones: Phone[] = [];
const sent = new Map<string, number>();
const presenterLatencies: number[] = [];
const refusals: string[] = [];
let shareFailures = 0;
let reseals = 0;
let drops = 0;
let sharing = false;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function join(appBase: string, rooms: readonly RoomInvite[]) {
  const started = now();
  const connected = new Set<string>();
  let refused = 0;
  let settle: () => void = () => undefined;
  const allIn = new Promise<void>((resolve) => (settle = resolve));
  const total = rooms.length * ROOM_LOAD.participantsPerRoom;
  const settled = () => {
    if (connected.size + refused === total) settle();
  };
  for (let seat = 1; seat <= ROOM_LOAD.participantsPerRoom; seat += 1) {
    for (const invite of rooms) {
      const access = await phoneRoomAccess(invite.link);
      const name = `${invite.link.id}/${seat}`;
      let wasConnected = false;
      const onStatus = (status: RoomStatus) => {
        if (status.state === 'connected') {
          wasConnected = true;
          connected.add(name);
          settled();
        } else if (status.state === 'refused') {
          refusals.push(status.reason);
          refused += 1;
          settled();
        } else if (wasConnected) drops += 1;
      };
      const room = startPhoneRoom({
        connect: (handlers) =>
          connectRoom({
            appBase,
            roomId: access.roomId,
            token: access.token,
            seat: String(seat),
            WebSocketPolyfill: WebSocket,
            ...handlers,
          }),
        seal: (note) => {
          if (sent.has(note.id)) reseals += 1;
          else sent.set(note.id, now());
          return sealNote(access.facilitatorPublicRaw, access.roomId, note.id, note);
        },
        openPresenter: (envelope) => decryptState(access.roomKeyRaw, access.roomId, envelope),
        onStatus,
        onPresenter: (state) => {
          if (sharing && state.timer.startedAt !== null)
            presenterLatencies.push(Date.now() - state.timer.startedAt);
        },
        onShareFailed: () => (shareFailures += 1),
        debounceMs: 0,
      });
      phones.push({ room, seat, invite, notes: [] });
      await sleep(ROOM_LOAD.joinEveryMs);
    }
  }
  await Promise.race([allIn, sleep(60_000)]);
  send({ type: 'joined', connected: connected.size, refused, ms: Math.round(now() - started) });
}

/** Every phone shares its notes at random moments of the window, one more note each time. */
async function share() {
  sharing = true;
  const moments: Promise<void>[] = [];
  for (const phone of phones) {
    for (let i = 0; i < ROOM_LOAD.notesEach; i += 1) {
      const at = Math.random() * ROOM_LOAD.shareWindowMs;
      moments.push(
        sleep(at).then(() => {
          const time = Date.now();
          const id = `${phone.invite.link.id.slice(0, 8)}-s${phone.seat}-n${phone.notes.length + 1}`;
          phone.notes.push({
            id,
            sessionId: phone.invite.sessionCode,
            cardRef: null,
            stepIndex: 1,
            seat: phone.seat,
            text: noteText(phone.seat, phone.notes.length, Math.random),
            createdAt: time,
            updatedAt: time,
          });
          phone.room.setShared([...phone.notes]);
        }),
      );
    }
  }
  await Promise.all(moments);
  // The last notes' sealing starts a moment after they are added (the phone's zero debounce).
  const planned = phones.length * ROOM_LOAD.notesEach;
  for (let waited = 0; sent.size < planned && waited < 5_000; waited += 10) await sleep(10);
  send({ type: 'shared', count: sent.size });
}

function report(): ParticipantsReport {
  return {
    sent: [...sent],
    shareFailures,
    reseals,
    presenterLatencies,
    drops,
    refusals,
    eventLoopDelayP99Ms: delay.percentile(99) / 1e6,
  };
}

process.on('message', (message: ToParticipants) => {
  if (message.type === 'join') void join(message.appBase, message.rooms);
  else if (message.type === 'clock') send({ type: 'clock', at: now() });
  else if (message.type === 'share') void share();
  else {
    for (const phone of phones) phone.room.destroy();
    process.send?.({ type: 'report', report: report() } satisfies FromParticipants, () => process.exit(0));
  }
});
