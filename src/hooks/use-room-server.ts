import { useEffect, useState } from 'react';
import { currentAppBase } from '../lib/app-base.ts';
import { probeRoomServer } from '../lib/room/room-probe.ts';

export type RoomServerAnswer = 'checking' | 'yes' | 'no' | 'offline';

/**
 * Whether the app's own origin runs the live room: 'checking' until its `GET room` answers.
 * Without a network it does not ask (a failed request is a console error and tells nothing): it
 * says 'offline' and asks when the network is back.
 */
export function useRoomServer(
  probe: () => Promise<boolean> = () => probeRoomServer(fetch, currentAppBase()),
): RoomServerAnswer {
  const [answer, setAnswer] = useState<RoomServerAnswer>('checking');
  useEffect(() => {
    let live = true;
    const ask = () => {
      if (!navigator.onLine) return setAnswer('offline');
      setAnswer('checking');
      void probe().then((yes) => {
        if (live) setAnswer(yes ? 'yes' : 'no');
      });
    };
    ask();
    window.addEventListener('online', ask);
    return () => {
      live = false;
      window.removeEventListener('online', ask);
    };
    // Asked once per screen (and when the network returns): the origin does not change under it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return answer;
}
