// Mirrors the API's NoControlChars: C0 controls except tab and newlines.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export type TextErrorKey = 'required' | 'tooLong' | 'controlChars';

export const checkText = (value: string, max: number, required = true): TextErrorKey | undefined => {
  const text = value.trim();
  if (!text) return required ? 'required' : undefined;
  if (text.length > max) return 'tooLong';
  if (CONTROL_CHARS.test(text)) return 'controlChars';
  return undefined;
};

export const firstError = <F extends string>(order: readonly F[], errors: Partial<Record<F, unknown>>) =>
  order.find((field) => errors[field]);
