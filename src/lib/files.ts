/** How a download is described next to its link: "PDF, 48 KB". */

const FORMATS: Record<string, string> = {
  pdf: 'PDF',
  csv: 'CSV',
  xlsx: 'Excel',
  docx: 'Word',
  pptx: 'PowerPoint',
  zip: 'ZIP',
  png: 'PNG image',
  jpg: 'JPEG image',
  jpeg: 'JPEG image',
  svg: 'SVG image',
};

export function fileFormat(path: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return FORMATS[extension] ?? extension.toUpperCase();
}

/** A file size in bytes, KB or MB (1 KB = 1,024 bytes), in the site locale. */
export function formatBytes(bytes: number, locale: string): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`Not a file size: ${bytes}`);
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, kb))} KB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(kb / 1024)} MB`;
}

/** A download as its link describes it: label, address, format and size. */
export function describeDownload(
  download: { label: string; file: string },
  bytes: number,
  locale: string,
): { label: string; file: string; format: string; size: string } {
  return { ...download, format: fileFormat(download.file), size: formatBytes(bytes, locale) };
}
