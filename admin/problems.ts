/** The problems Decap holds against an entry it refused to save, as the save notice lists them. */

interface FieldError {
  message?: string;
}

/** The problems Decap currently holds against the entry being edited, by field id. */
export function currentProblems(fieldsErrors: unknown): { fieldId: string; message: string }[] {
  const errors = (fieldsErrors as { toJS?: () => unknown } | undefined)?.toJS?.() ?? {};
  return Object.entries(errors as Record<string, FieldError[] | undefined>).flatMap(([fieldId, list]) =>
    (list ?? []).map((error) => ({ fieldId, message: (error.message ?? '').trim() })).filter((error) => error.message),
  );
}

/** "1 problem" or "3 problems". */
export const problemCount = (count: number): string => `${count} ${count === 1 ? 'problem' : 'problems'}`;
