/* global setTimeout */
// Retry an assertion until it holds: the UI renders asynchronously, and there is no @playwright/test.
import assert from 'node:assert/strict';

export { assert };

export const eventually = async (check, { timeout = 10_000, interval = 100, message } = {}) => {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      if (message) lastError.message = `${message}: ${lastError.message}`;
      throw lastError;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
};

// The number in a formatted figure ("1,234" or "1 234") as an integer.
export const parseCount = (text) => {
  const digits = String(text).replace(/[^\d]/g, '');
  assert.ok(digits.length > 0, `expected a number in "${text}"`);
  return Number(digits);
};
