// Where a text changed: the common start and end, and the part in between before and after.
// Enough to point at an edited phrase inside a long requirement; not a full diff.
export type TextChange = { prefix: string; removed: string; added: string; suffix: string };

export const textChange = (before: string, after: string): TextChange => {
  const a = Array.from(before);
  const b = Array.from(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end])
    end += 1;
  return {
    prefix: a.slice(0, start).join(''),
    removed: a.slice(start, a.length - end).join(''),
    added: b.slice(start, b.length - end).join(''),
    suffix: b.slice(b.length - end).join(''),
  };
};
