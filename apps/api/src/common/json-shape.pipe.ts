import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { AppException } from './app.exception';

const MAX_DEPTH = 16;

// Keys that reach an object's prototype when a library copies the body field by field.
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function shapeProblem(value: unknown): 'deep' | 'prototype' | null {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_DEPTH) return 'deep';
    for (const key of Object.keys(v as object)) if (PROTOTYPE_KEYS.has(key)) return 'prototype';
    for (const child of Object.values(v as object)) stack.push([child, depth + 1]);
  }
  return null;
}

// Runs before validation: a body must be one JSON object of sane depth, or class-transformer recurses itself to death.
@Injectable()
export class JsonShapePipe implements PipeTransform {
  transform(value: unknown, meta: ArgumentMetadata): unknown {
    if (meta.type !== 'body' || !meta.metatype || meta.metatype === Object) return value;
    if (value === undefined) return {};
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new AppException('BAD_REQUEST', {
        zh: '请求体必须是 JSON 对象',
        en: 'The request body must be a JSON object',
      });
    const problem = shapeProblem(value);
    if (problem === 'deep')
      throw new AppException('BAD_REQUEST', {
        zh: '请求体嵌套层级过深',
        en: 'The request body is nested too deeply',
      });
    if (problem === 'prototype')
      throw new AppException('BAD_REQUEST', {
        zh: '请求体含有不允许的字段名（__proto__、constructor、prototype）',
        en: 'The request body has a forbidden field name (__proto__, constructor, prototype)',
      });
    return value;
  }
}
