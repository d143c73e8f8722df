/**
 * What every form that posts to an endpoint shares: the application, the
 * proposal request and the review. Each form lists its fields once (`FieldRule`
 * values, in the order they appear); the rules check what was typed, name the
 * fields for the README, and shape the payload. Pure: the islands only hold
 * state and render.
 */
import { cleanTyped, PHONE_NUMBER } from './text.ts';

export type FormFormat = 'form-data' | 'json';
export type Payload = Record<string, string | string[]>;

/** The field only bots fill in: hidden from people, a filled one drops the submission. */
export const HONEYPOT_FIELD = 'fax';

/** True when the hidden field was filled in: a bot, whose submission is dropped while it is told all went well. */
export const isBot = (values: { [HONEYPOT_FIELD]: string }): boolean => values[HONEYPOT_FIELD].trim() !== '';

/** An address as people type one: no spaces, quotes, brackets or markup on either side of the @. */
export const EMAIL = /^[^\s@<>"()[\]\\,;:]+@[^\s@<>"()[\]\\,;:]+\.[^\s@<>"()[\]\\,;:.]{2,}$/;

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

export const isPhone = (text: string): boolean => PHONE_NUMBER.test(text);

/** A count typed with or without spaces between thousands ("1 200"), as a number; NaN for anything else. */
export function typedCount(text: string, max: number): number {
  const digits = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d{1,9}$/.test(digits)) return Number.NaN;
  const value = Number(digits);
  return value <= max ? value : Number.NaN;
}

/** One-line text as sent: trimmed, control and direction characters removed. */
export const line = (text: string): string => cleanTyped(text);
/** Long text as sent: line breaks kept. */
export const paragraphs = (text: string): string => cleanTyped(text, { multiline: true });

/** The request for an endpoint, as form fields (lists as repeated fields) or as JSON. */
export function formRequest(payload: Payload, format: FormFormat): RequestInit {
  if (format === 'json') {
    return {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(payload),
    };
  }
  const body = new FormData();
  for (const [key, value] of Object.entries(payload)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
  }
  return { method: 'POST', headers: { Accept: 'application/json' }, body };
}

/** The first field, in form order, that has an error: where focus goes after a refused send. */
export const firstInvalid = <F extends string>(
  order: readonly F[],
  errors: Partial<Record<F, string>>,
): F | undefined => order.find((field) => errors[field]);
