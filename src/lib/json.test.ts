import { describe, expect, it } from 'vitest';
import { jsonForScript } from './json.ts';

describe('jsonForScript', () => {
  it.each([['</script><script>alert(1)</script>'], ['<!-- comment -->'], ['a & b > c'], ['line\u2028separator']])(
    'keeps %j inert and round-trips it',
    (text) => {
      const json = jsonForScript({ name: text });
      expect(json).not.toMatch(/[<>&\u2028]/);
      expect(JSON.parse(json)).toEqual({ name: text });
    },
  );
});
