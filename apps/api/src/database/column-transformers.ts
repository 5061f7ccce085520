import { ValueTransformer } from 'typeorm';

// pg returns numeric and bigint as strings to avoid precision loss; our values are small.
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? null : Number(value)),
};
