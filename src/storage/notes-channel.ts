// Tells other tabs which notes changed, and listens for their changes.

/** The message posted after each committed write. */
export interface NotesChangedMessage {
  readonly type: 'changed';
  readonly ids: readonly string[];
  /** The database written, so tabs using another database (tests, profiles) ignore it. */
  readonly db: string;
}

export interface NotesChannel {
  readonly post: (ids: readonly string[]) => void;
  readonly close: () => void;
}

function isChangedMessage(data: unknown, db: string): data is NotesChangedMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<NotesChangedMessage>;
  return (
    message.type === 'changed' &&
    message.db === db &&
    Array.isArray(message.ids) &&
    message.ids.every((id) => typeof id === 'string')
  );
}

/** Opens the channel; without BroadcastChannel (old browsers) it quietly does nothing. */
export function openNotesChannel(
  name: string,
  db: string,
  onChanged: (ids: readonly string[]) => void,
): NotesChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(name);
  let open = true;
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isChangedMessage(event.data, db)) onChanged(event.data.ids);
  };
  return {
    post(ids) {
      if (open && ids.length > 0)
        channel.postMessage({ type: 'changed', ids: [...ids], db } satisfies NotesChangedMessage);
    },
    close() {
      open = false;
      channel.close();
    },
  };
}
