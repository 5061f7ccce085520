import type { ArgumentMetadata } from '@nestjs/common';
import { AppException } from './app.exception';
import { JsonShapePipe } from './json-shape.pipe';

class SomeDto {
  name: string;
}

const body: ArgumentMetadata = { type: 'body', metatype: SomeDto, data: undefined };

// n nested objects: nest(1) = {}, nest(2) = { a: {} }, ...
function nest(n: number, leaf: unknown = {}): unknown {
  let v: unknown = leaf;
  for (let i = 1; i < n; i++) v = { a: v };
  return v;
}

function refusal(value: unknown, meta: ArgumentMetadata = body): AppException {
  let thrown: unknown;
  try {
    new JsonShapePipe().transform(value, meta);
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(AppException);
  expect((thrown as AppException).code).toBe('BAD_REQUEST');
  return thrown as AppException;
}

describe(JsonShapePipe.name, () => {
  const pipe = new JsonShapePipe();

  it('passes a normal object through unchanged', () => {
    const value = { name: 'x', tags: ['a', 'b'], nested: { deeper: { n: 1 } } };
    expect(pipe.transform(value, body)).toBe(value);
  });

  it('turns a missing body into an empty object for the validators', () => {
    expect(pipe.transform(undefined, body)).toEqual({});
  });

  it.each([
    ['an array', [{ name: 'x' }]],
    ['an empty array', []],
    ['null', null],
    ['a string', 'name'],
    ['a number', 42],
    ['a boolean', true],
  ])('refuses %s as a body', (_name, value) => {
    const e = refusal(value);
    expect(e.localized.en).toMatch(/JSON object/);
    expect(e.localized.zh).toContain('JSON 对象');
  });

  it('accepts an object nested 16 levels deep', () => {
    const value = nest(16);
    expect(pipe.transform(value, body)).toBe(value);
  });

  it('accepts primitives at the deepest allowed level', () => {
    const value = nest(16, { s: 'leaf', n: 1, z: null });
    expect(pipe.transform(value, body)).toBe(value);
  });

  it('refuses an object nested 17 levels deep', () => {
    const e = refusal(nest(17));
    expect(e.localized.en).toMatch(/nested too deeply/);
  });

  it('counts arrays as levels too', () => {
    let v: unknown = {};
    for (let i = 0; i < 20; i++) v = [v];
    refusal({ list: v });
  });

  it('finds the deep branch next to shallow ones', () => {
    refusal({ a: 1, b: { c: 2 }, d: [1, 2, 3], deep: nest(30) });
  });

  it('refuses very deep nesting without overflowing the stack', () => {
    refusal(nest(100_000));
  });

  it.each<ArgumentMetadata['type']>(['query', 'param', 'custom'])('leaves %s values alone', (type) => {
    const value = ['a', 'b'];
    expect(pipe.transform(value, { type, metatype: SomeDto, data: 'x' })).toBe(value);
    expect(pipe.transform(nest(40), { type, metatype: SomeDto, data: 'x' })).toEqual(nest(40));
  });

  it('leaves untyped bodies (no DTO, or Object) alone', () => {
    const value = [1, 2, 3];
    expect(pipe.transform(value, { type: 'body', metatype: undefined, data: undefined })).toBe(value);
    expect(pipe.transform(value, { type: 'body', metatype: Object, data: undefined })).toBe(value);
    expect(pipe.transform(undefined, { type: 'body', metatype: Object, data: undefined })).toBeUndefined();
  });
});
