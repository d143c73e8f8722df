import { describe, expect, it } from 'vitest';
import { QUIET_MS, ReloadGuard } from './reload-guard';

describe('ReloadGuard', () => {
  it('holds full reloads while the backend works and shortly after, and nothing else', () => {
    let now = 1_000;
    const guard = new ReloadGuard(() => now);
    const reload = { type: 'full-reload', path: '*' };
    expect(guard.holds(reload)).toBe(false);
    guard.requestStarted();
    expect(guard.holds(reload)).toBe(true);
    expect(guard.holds({ type: 'update', updates: [] })).toBe(false);
    guard.requestEnded();
    now += QUIET_MS - 1;
    expect(guard.holds(reload)).toBe(true);
    now += 2;
    expect(guard.holds(reload)).toBe(false);
  });

  it('keeps holding while any of several requests is still running', () => {
    const guard = new ReloadGuard(() => 0);
    guard.requestStarted();
    guard.requestStarted();
    guard.requestEnded();
    expect(guard.holds({ type: 'full-reload' })).toBe(true);
  });
});
