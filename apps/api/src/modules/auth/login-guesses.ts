import { Injectable } from '@nestjs/common';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

type Entry = { failures: number; first: number; lockedUntil: number };

// Failed logins per username, whether or not the account exists, so that a locked name answers
// the same for a real account and a made-up one. Existing accounts are also locked in the
// database (people.locked_until), which survives a restart.
@Injectable()
export class LoginGuesses {
  private readonly entries = new Map<string, Entry>();
  private readonly windowMs = LOCKOUT_MINUTES * 60_000;

  // Replaced by tests.
  now: () => number = Date.now;

  locked(name: string): boolean {
    const e = this.entries.get(name);
    return !!e && e.lockedUntil > this.now();
  }

  // Returns true when this failure locks the name.
  failed(name: string): boolean {
    const now = this.now();
    let e = this.entries.get(name);
    if (!e || now - e.first > this.windowMs) {
      e = { failures: 0, first: now, lockedUntil: 0 };
      this.entries.set(name, e);
    }
    e.failures += 1;
    if (e.failures < MAX_FAILED_LOGINS) return false;
    e.lockedUntil = now + this.windowMs;
    e.failures = 0;
    e.first = now;
    this.prune(now);
    return true;
  }

  succeeded(name: string): void {
    this.entries.delete(name);
  }

  // Bounded memory under a flood of made-up names.
  private prune(now: number): void {
    if (this.entries.size < 10_000) return;
    for (const [name, e] of this.entries)
      if (e.lockedUntil <= now && now - e.first > this.windowMs) this.entries.delete(name);
  }
}
