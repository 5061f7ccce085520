import { Transform } from 'class-transformer';

// Accepts ?a=x&a=y and ?a=x,y alike; anything that is not a string stays as it is for the validators to refuse.
export const ToList = () =>
  Transform(({ value }) => {
    const parts = Array.isArray(value) ? value : [value];
    if (!parts.every((v) => typeof v === 'string')) return value;
    return (parts as string[])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v.length > 0);
  });

export const ToInt = () =>
  Transform(({ value }) =>
    typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value,
  );

export const ToBool = () =>
  Transform(({ value }) =>
    value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value,
  );
