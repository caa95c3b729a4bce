// The dedicated worker behind preciseTimeout (src/lib/precise-timeout.ts). Its timers are not
// throttled like a hidden page's, so the page is woken on time by its messages.
import { serveTimeouts, type TimeoutScope } from './timeout-service.ts';

serveTimeouts(self as unknown as TimeoutScope);
