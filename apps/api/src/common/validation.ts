import { ValidationPipe } from '@nestjs/common';
import { ValidationError, ValidateBy, ValidationOptions, buildMessage } from 'class-validator';
import { isIsoDate, isPeriod } from '@plan/contracts';
import { AppException, LocalizedMessage } from './app.exception';

export type FieldError = { field: string; constraint: string; zh: string; en: string };

// What each class-validator constraint means to a person, in both languages.
const CONSTRAINTS: Record<string, (args: unknown[]) => LocalizedMessage> = {
  whitelistValidation: () => ({ zh: '不是允许的字段', en: 'is not an allowed field' }),
  isDefined: () => ({ zh: '必须填写', en: 'is required' }),
  isNotEmpty: () => ({ zh: '不能为空', en: 'must not be empty' }),
  isString: () => ({ zh: '必须是文本', en: 'must be text' }),
  isInt: () => ({ zh: '必须是整数', en: 'must be a whole number' }),
  isNumber: () => ({ zh: '必须是数字', en: 'must be a number' }),
  isPositive: () => ({ zh: '必须大于 0', en: 'must be greater than 0' }),
  isBoolean: () => ({ zh: '必须是 true 或 false', en: 'must be true or false' }),
  isArray: () => ({ zh: '必须是列表', en: 'must be a list' }),
  isUuid: () => ({ zh: '必须是有效的编号（UUID）', en: 'must be a valid id (UUID)' }),
  isUUID: () => ({ zh: '必须是有效的编号（UUID）', en: 'must be a valid id (UUID)' }),
  min: ([n]) => ({ zh: `不能小于 ${n}`, en: `must not be less than ${n}` }),
  max: ([n]) => ({ zh: `不能大于 ${n}`, en: `must not be greater than ${n}` }),
  minLength: ([n]) => ({ zh: `至少 ${n} 个字符`, en: `must be at least ${n} characters` }),
  maxLength: ([n]) => ({ zh: `最多 ${n} 个字符`, en: `must be at most ${n} characters` }),
  arrayMinSize: ([n]) => ({ zh: `至少 ${n} 项`, en: `must have at least ${n} items` }),
  arrayMaxSize: ([n]) => ({ zh: `最多 ${n} 项`, en: `must have at most ${n} items` }),
  arrayUnique: () => ({ zh: '不能有重复项', en: 'must not contain duplicates' }),
  isIn: ([values]) => ({
    zh: `必须是以下之一：${(values as unknown[]).join('、')}`,
    en: `must be one of: ${(values as unknown[]).join(', ')}`,
  }),
  matches: () => ({ zh: '格式不正确', en: 'has the wrong format' }),
  isIsoDate: () => ({ zh: '必须是有效日期（YYYY-MM-DD）', en: 'must be a real date (YYYY-MM-DD)' }),
  isPeriod: () => ({ zh: '必须是有效报送期（YYYY-MM）', en: 'must be a valid period (YYYY-MM)' }),
  noControlChars: () => ({ zh: '不能包含控制字符', en: 'must not contain control characters' }),
  nestedValidation: () => ({ zh: '内容无效', en: 'is invalid' }),
  isObject: () => ({ zh: '必须是对象', en: 'must be an object' }),
};

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    for (const [constraint, raw] of Object.entries(e.constraints ?? {})) {
      const args = (e.contexts?.[constraint]?.args as unknown[]) ?? extractArgs(raw);
      const text = CONSTRAINTS[constraint]?.(args) ?? { zh: '无效', en: 'is invalid' };
      out.push({ field, constraint, ...text });
    }
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

// class-validator puts constraint arguments only into its English message; recover numbers from it.
function extractArgs(raw: string): unknown[] {
  const list = /one of the following values: (.*)$/.exec(raw);
  if (list) return [list[1].split(', ')];
  // the last number: the first may be part of the field's name
  const num = /(-?\d+(?:\.\d+)?)(?!.*\d)/.exec(raw);
  return num ? [num[1]] : [];
}

export function validationException(errors: ValidationError[]): AppException {
  const fields = flatten(errors);
  const zh = fields.map((f) => `字段 ${f.field} ${f.zh}`).join('；');
  const en = fields.map((f) => `Field "${f.field}" ${f.en}`).join('; ');
  return new AppException(
    'VALIDATION_FAILED',
    { zh: `请求内容有误：${zh}`, en: `Invalid request: ${en}` },
    fields.map(({ field, constraint, zh: z, en: e }) => ({ field, constraint, messageZh: z, messageEn: e })),
  );
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    exceptionFactory: validationException,
  });
}

export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (v) => isIsoDate(v),
        defaultMessage: buildMessage((p) => `${p}$property must be YYYY-MM-DD`),
      },
    },
    options,
  );
}

export function IsPeriod(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPeriod',
      validator: {
        validate: (v) => isPeriod(v),
        defaultMessage: buildMessage((p) => `${p}$property must be YYYY-MM`),
      },
    },
    options,
  );
}

// NUL and other C0 controls (except tab and newlines) have no place in user text and break some clients.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// A lone UTF-16 surrogate ("\ud800" in JSON) is not text: PostgreSQL would store U+FFFD instead.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export function NoControlChars(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'noControlChars',
      validator: {
        validate: (v) => typeof v !== 'string' || (!CONTROL.test(v) && !LONE_SURROGATE.test(v)),
        defaultMessage: buildMessage((p) => `${p}$property must not contain control characters`),
      },
    },
    options,
  );
}
