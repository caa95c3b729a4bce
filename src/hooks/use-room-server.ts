import { useEffect, useState } from 'react';
import { currentAppBase } from '../lib/app-base.ts';
import { probeRoomServer } from '../lib/room/room-probe.ts';

/** Whether the app's own origin runs the live room: 'checking' until its `GET room` answers. */
export function useRoomServer(
  probe: () => Promise<boolean> = () => probeRoomServer(fetch, currentAppBase()),
): 'checking' | 'yes' | 'no' {
  const [answer, setAnswer] = useState<'checking' | 'yes' | 'no'>('checking');
  useEffect(() => {
    let live = true;
    void probe().then((yes) => {
      if (live) setAnswer(yes ? 'yes' : 'no');
    });
    return () => {
      live = false;
    };
    // Asked once per screen: the origin does not change under it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return answer;
}
