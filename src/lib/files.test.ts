import { describe, expect, it } from 'vitest';
import { describeDownload, fileFormat, formatBytes } from './files.ts';

describe('fileFormat', () => {
  it.each([
    ['/uploads/guide.pdf', 'en', 'PDF'],
    ['/uploads/Price-List.CSV', 'en', 'CSV'],
    ['/uploads/deck.pptx', 'en', 'PowerPoint'],
    ['/uploads/archive.tar', 'en', 'TAR'],
    ['/uploads/badge.png', 'en', 'PNG image'],
    ['/uploads/deck.pptx', 'ru', 'PowerPoint'],
    ['/uploads/badge.png', 'ru', 'Изображение PNG'],
    ['/uploads/photo.JPG', 'ru', 'Изображение JPEG'],
  ] as const)('%s in %s is %s', (path, locale, format) => {
    expect(fileFormat(path, locale)).toBe(format);
  });
});

describe('formatBytes', () => {
  it.each([
    [512, 'en', '512 B'],
    [1024, 'en', '1 KB'],
    [48_300, 'en', '47 KB'],
    [5_400_000, 'en', '5.1 MB'],
    [512, 'ru', '512 Б'],
    [48_300, 'ru', '47 КБ'],
    [1_572_864, 'ru', '1,5 МБ'],
    [5_400_000, 'ru', '5,1 МБ'],
  ] as const)('%i bytes in %s is %s', (bytes, locale, text) => {
    expect(formatBytes(bytes, locale)).toBe(text);
  });

  it('writes a thousand kilobytes as the language groups digits', () => {
    expect(formatBytes(1000 * 1024, 'en')).toBe('1,000 KB');
    expect(formatBytes(1000 * 1024, 'ru').replace(/\u00a0/g, ' ')).toBe('1 000 КБ');
  });

  it('refuses a size that is not one', () => {
    expect(() => formatBytes(Number.NaN, 'en')).toThrow(RangeError);
  });
});

describe('describeDownload', () => {
  it('describes a download in the page’s language', () => {
    const download = { label: 'Playbook', file: '/uploads/playbook.pdf' };
    expect(describeDownload(download, 1_572_864, 'en')).toEqual({ ...download, format: 'PDF', size: '1.5 MB' });
    expect(describeDownload(download, 1_572_864, 'ru')).toEqual({ ...download, format: 'PDF', size: '1,5 МБ' });
  });
});
