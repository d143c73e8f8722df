/** How a download is described next to its link: "PDF, 48 KB", «PDF, 48 КБ». */
import { library } from './i18n/sections/library.ts';
import { LOCALE_SETTINGS, type Locale } from './i18n/locales.ts';

/** Formats by their own names; images are named in the page's language ("PNG image"). */
const FORMATS: Record<string, string | { image: string }> = {
  pdf: 'PDF',
  csv: 'CSV',
  xlsx: 'Excel',
  docx: 'Word',
  pptx: 'PowerPoint',
  zip: 'ZIP',
  png: { image: 'PNG' },
  jpg: { image: 'JPEG' },
  jpeg: { image: 'JPEG' },
  svg: { image: 'SVG' },
};

/** A file's format from its extension, in the page's language. */
export function fileFormat(path: string, locale: Locale): string {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  const format = FORMATS[extension] ?? extension.toUpperCase();
  return typeof format === 'string' ? format : library[locale].files.image(format.image);
}

/**
 * A file size in bytes, KB or MB (1 KB = 1,024 bytes), with the numbers and
 * units of the page's language: "5.1 MB", «5,1 МБ».
 */
export function formatBytes(bytes: number, locale: Locale): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`Not a file size: ${bytes}`);
  const units = library[locale].files;
  const number = (value: number, maximumFractionDigits: number) =>
    new Intl.NumberFormat(LOCALE_SETTINGS[locale].intl, { maximumFractionDigits }).format(value);
  if (bytes < 1024) return units.bytes(number(bytes, 0));
  const kb = bytes / 1024;
  if (kb < 1024) return units.kilobytes(number(Math.max(1, kb), 0));
  return units.megabytes(number(kb / 1024, 1));
}

/** A download as its link describes it: label, address, format and size, in the language of `locale`. */
export function describeDownload(
  download: { label: string; file: string },
  bytes: number,
  locale: Locale,
): { label: string; file: string; format: string; size: string } {
  return { ...download, format: fileFormat(download.file, locale), size: formatBytes(bytes, locale) };
}
