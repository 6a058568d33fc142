/** Slows password guessing: after 5 failures for a name, that name waits a minute (in memory, per process). */
const MAX_FAILURES = 5;
const LOCK_MS = 60_000;

export class LoginThrottle {
  private failures = new Map<string, { count: number; until: number }>();

  locked(name: string): boolean {
    const f = this.failures.get(name);
    return f !== undefined && f.count >= MAX_FAILURES && f.until > Date.now();
  }

  fail(name: string): void {
    if (this.failures.size > 10_000) this.forgetExpired();
    const f = this.failures.get(name);
    const count = f && f.until > Date.now() ? f.count + 1 : 1;
    this.failures.set(name, { count, until: Date.now() + LOCK_MS });
  }

  private forgetExpired(): void {
    const now = Date.now();
    for (const [name, f] of this.failures) if (f.until <= now) this.failures.delete(name);
  }

  succeed(name: string): void {
    this.failures.delete(name);
  }
}
