import { cleanup } from '@testing-library/react';

// The custom environment lends Node's fetch to jsdom; fail loudly if that ever stops working.
if (typeof globalThis.fetch !== 'function' || typeof globalThis.Response !== 'function') {
  throw new Error('fetch/Response are missing in the jsdom test environment');
}

const realFetch = globalThis.fetch;

afterEach(() => {
  cleanup();
  globalThis.fetch = realFetch;
  window.localStorage.clear();
});
