// Login throttling: failed attempts per (IP, username) and per IP in a sliding window.
// In memory: one process serves a province; a restart forgets, which only loosens the limit.
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  constructor(
    private readonly perKey = 5,
    private readonly perIp = 30,
    private readonly windowMs = 15 * 60_000,
  ) {}

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Seconds to wait, or 0 when an attempt is allowed now. */
  retryAfter(ip: string, username: string, now = Date.now()): number {
    const a = this.recent(`u:${ip}:${username}`, now);
    const b = this.recent(`ip:${ip}`, now);
    const blocked = (list: number[], max: number) => (list.length >= max ? Math.ceil((list[0]! + this.windowMs - now) / 1000) : 0);
    return Math.max(blocked(a, this.perKey), blocked(b, this.perIp));
  }

  fail(ip: string, username: string, now = Date.now()): void {
    for (const k of [`u:${ip}:${username}`, `ip:${ip}`]) this.failures.set(k, [...this.recent(k, now), now]);
  }

  succeed(ip: string, username: string): void {
    this.failures.delete(`u:${ip}:${username}`);
  }
}
