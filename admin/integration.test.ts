import { describe, expect, it } from 'vitest';
import { stripInlineSourceMap } from './integration';

describe('stripInlineSourceMap', () => {
  const code = 'export const a = 1;\nconsole.log(a);';
  it.each([
    [`${code}\n//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozfQ==\n`, `${code}\n`],
    [`${code}\n//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozfQ==`, `${code}\n`],
    // A map by address is small and stays; so does the text "sourceMappingURL" inside the code.
    [`${code}\n//# sourceMappingURL=esm.js.map`, `${code}\n//# sourceMappingURL=esm.js.map`],
    [`const s = "//# sourceMappingURL=data:x";\n${code}`, `const s = "//# sourceMappingURL=data:x";\n${code}`],
  ])('%#', (input, output) => {
    expect(stripInlineSourceMap(input)).toBe(output);
  });
});
