import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, isLoopbackHost, isLoopbackRequest } from './loopback';

describe('loopback checks', () => {
  it('accepts loopback connections', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].every(isLoopbackAddress)).toBe(true);
  });

  it('refuses any other address', () => {
    expect(['10.0.0.5', '192.168.1.20', '::ffff:10.0.0.5', '127.0.0.2x', '', undefined].some(isLoopbackAddress)).toBe(
      false,
    );
  });

  it('accepts loopback host names with or without a port', () => {
    expect(['localhost', 'localhost:4321', '127.0.0.1:4321', '[::1]:4321', 'LOCALHOST'].every(isLoopbackHost)).toBe(
      true,
    );
  });

  it('refuses host names that only start like a loopback name', () => {
    expect(
      ['localhost.evil.example', '127.0.0.1.nip.io:4321', 'evil.example', '[::2]:80', '', undefined].some(
        isLoopbackHost,
      ),
    ).toBe(false);
  });

  it('needs both a loopback connection and a loopback host', () => {
    expect(isLoopbackRequest('127.0.0.1', '127.0.0.1:4321')).toBe(true);
    expect(isLoopbackRequest('127.0.0.1', 'rebound.example:4321')).toBe(false);
    expect(isLoopbackRequest('10.1.2.3', 'localhost:4321')).toBe(false);
  });
});
