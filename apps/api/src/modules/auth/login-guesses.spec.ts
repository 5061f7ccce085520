import { LoginGuesses, LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from './login-guesses';

describe('LoginGuesses', () => {
  let now = 1_000_000;
  const guesses = () => Object.assign(new LoginGuesses(), { now: () => now });

  it('locks a name on the fifth failure, for the lockout period, then lets it try again', () => {
    const g = guesses();
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) expect(g.failed('nobody')).toBe(false);
    expect(g.locked('nobody')).toBe(false);
    expect(g.failed('nobody')).toBe(true);
    expect(g.locked('nobody')).toBe(true);
    expect(g.locked('someone-else')).toBe(false);
    now += LOCKOUT_MINUTES * 60_000 + 1;
    expect(g.locked('nobody')).toBe(false);
  });

  it('forgets failures after a success and after the window', () => {
    const g = guesses();
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) g.failed('a');
    g.succeeded('a');
    expect(g.failed('a')).toBe(false);
    for (let i = 2; i < MAX_FAILED_LOGINS; i++) g.failed('a');
    now += LOCKOUT_MINUTES * 60_000 + 1;
    expect(g.failed('a')).toBe(false);
  });
});
