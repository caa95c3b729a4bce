import { useEffect, useRef, useState } from 'react';
import {
  openPresenterChannel,
  type PresenterChannel,
  type PresenterCommand,
  type PresenterSnapshot,
} from '../../lib/presenter-channel.ts';

/**
 * The audience window's side of the channel: it asks for the state when it opens (it may open
 * late, or be reloaded), draws whatever the presenter sends, and passes clicker keys back.
 */
export function useAudience(runId: string) {
  const [snapshot, setSnapshot] = useState<PresenterSnapshot | null>(null);
  const [ended, setEnded] = useState(false);
  const channel = useRef<PresenterChannel | null>(null);
  useEffect(() => {
    const opened = openPresenterChannel(runId, (message) => {
      if (message.type === 'state') {
        setSnapshot(message.state);
        setEnded(false);
      } else if (message.type === 'closed') setEnded(true);
    });
    channel.current = opened;
    opened.post({ type: 'request' });
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [runId]);
  const send = (command: PresenterCommand) => channel.current?.post({ type: 'command', command });
  return { snapshot, ended, send };
}
