import { useRef, useState, type SubmitEvent } from 'react';
import { firstInvalid, formRequest, HONEYPOT_FIELD, isBot, type FormFormat, type Payload } from '../../lib/forms';
import type { Locale } from '../../lib/i18n/locales';
import { form } from '../../lib/i18n/sections/form';

export type FormStatus =
  { kind: 'editing' } | { kind: 'sending' } | { kind: 'sent' } | { kind: 'failed'; reason: string };

interface Options<V, F extends string> {
  initial: V | (() => V);
  endpoint: string;
  format: FormFormat;
  /** Fields in form order, for focus on the first error. */
  order: readonly F[];
  validate: (values: V) => Partial<Record<F, string>>;
  payload: (values: V) => Payload;
  /** The page's language, for why sending failed. */
  locale: Locale;
}

/**
 * The behaviour every endpoint form shares: nothing is sent while a field is
 * wrong and focus goes to the first one; after a first attempt, errors follow
 * the typing; a filled honeypot pretends success and sends nothing; a failed
 * send keeps everything typed and says why.
 */
export function useEndpointForm<V extends { [HONEYPOT_FIELD]: string }, F extends string>(options: Options<V, F>) {
  const [values, setValues] = useState<V>(options.initial);
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [status, setStatus] = useState<FormStatus>({ kind: 'editing' });
  const [attempted, setAttempted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const set = (patch: Partial<V>) => {
    const next = { ...values, ...patch };
    setValues(next);
    if (attempted) setErrors(options.validate(next));
  };

  /** Adds an id to a list field or takes it out. */
  const toggle = <K extends keyof V>(key: K, id: string) => {
    const list = values[key] as unknown as string[];
    set({ [key]: list.includes(id) ? list.filter((value) => value !== id) : [...list, id] } as unknown as Partial<V>);
  };

  const { failed } = form[options.locale];

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    const found = options.validate(values);
    setErrors(found);
    const first = firstInvalid(options.order, found);
    if (first) {
      formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    if (isBot(values)) {
      setStatus({ kind: 'sent' });
      return;
    }
    setStatus({ kind: 'sending' });
    try {
      const response = await fetch(options.endpoint, formRequest(options.payload(values), options.format));
      setStatus(response.ok ? { kind: 'sent' } : { kind: 'failed', reason: failed.serverAnswered(response.status) });
    } catch {
      setStatus({ kind: 'failed', reason: failed.connectionFailed });
    }
  }

  return { values, errors, status, attempted, set, toggle, submit, formRef };
}
