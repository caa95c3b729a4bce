// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

const register = vi.fn<() => Promise<unknown>>();
vi.mock('workbox-window', () => ({
  Workbox: class {
    addEventListener() {}
    messageSkipWaiting() {}
    register = register;
  },
}));

afterEach(() => {
  vi.unstubAllGlobals();
  register.mockReset();
});

describe('registerServiceWorker', () => {
  it('does not fail the page when the browser aborts the registration (site data cleared)', async () => {
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      value: { controller: null, addEventListener: () => {} },
    });
    register.mockRejectedValue(new DOMException('Operation has been aborted', 'AbortError'));
    const { registerServiceWorker } = await import('../../src/pwa/register.ts');
    await expect(registerServiceWorker()).resolves.toBeUndefined();
    expect(register).toHaveBeenCalledOnce();
  });
});
