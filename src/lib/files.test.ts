import { describe, expect, it } from 'vitest';
import { fileFormat, formatBytes } from './files.ts';

describe('fileFormat', () => {
  it.each([
    ['/uploads/guide.pdf', 'PDF'],
    ['/uploads/Price-List.CSV', 'CSV'],
    ['/uploads/deck.pptx', 'PowerPoint'],
    ['/uploads/archive.tar', 'TAR'],
  ])('%s is %s', (path, format) => {
    expect(fileFormat(path)).toBe(format);
  });
});

describe('formatBytes', () => {
  it.each([
    [512, 'en-GB', '512 B'],
    [1024, 'en-GB', '1 KB'],
    [48_300, 'en-GB', '47 KB'],
    [5_400_000, 'en-GB', '5.1 MB'],
    [5_400_000, 'ru-RU', '5,1 MB'],
  ])('%i bytes in %s is %s', (bytes, locale, text) => {
    expect(formatBytes(bytes, locale)).toBe(text);
  });

  it('refuses a size that is not one', () => {
    expect(() => formatBytes(Number.NaN, 'en-GB')).toThrow(RangeError);
  });
});
