import type { ArgumentMetadata } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, ValidateNested } from 'class-validator';
import { AppException } from './app.exception';
import { createValidationPipe, IsIsoDate, IsPeriod, NoControlChars, validationException } from './validation';

class MilestoneInput {
  @IsString()
  title: string;

  @IsIsoDate()
  dueDate: string;
}

class TaskInput {
  @IsString()
  @MaxLength(10)
  @NoControlChars()
  title: string;

  @IsOptional()
  @IsIsoDate()
  startDate?: string;

  @IsOptional()
  @IsPeriod()
  period?: string;

  @IsOptional()
  @IsInt()
  @Max(5)
  weight?: number;

  @IsOptional()
  @IsIn(['policy', 'talent'])
  measure?: string;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MilestoneInput)
  milestones?: MilestoneInput[];
}

type Detail = { field: string; constraint: string; messageZh: string; messageEn: string };

const body = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({
  type: 'body',
  metatype,
  data: undefined,
});

async function validate(value: unknown): Promise<TaskInput> {
  return (await createValidationPipe().transform(value, body(TaskInput))) as TaskInput;
}

async function failure(value: unknown): Promise<{ error: AppException; details: Detail[] }> {
  let thrown: unknown;
  try {
    await validate(value);
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(AppException);
  const error = thrown as AppException;
  expect(error.code).toBe('VALIDATION_FAILED');
  return { error, details: error.details as Detail[] };
}

describe(createValidationPipe.name, () => {
  it('passes a valid body and turns it into an instance of the DTO', async () => {
    const dto = await validate({
      title: '算力',
      startDate: '2026-01-01',
      milestones: [{ title: 'a', dueDate: '2026-02-01' }],
    });
    expect(dto).toBeInstanceOf(TaskInput);
    expect(dto.milestones?.[0]).toBeInstanceOf(MilestoneInput);
    expect(dto).toEqual({
      title: '算力',
      startDate: '2026-01-01',
      milestones: [{ title: 'a', dueDate: '2026-02-01' }],
    });
  });

  describe('an unknown field', () => {
    it('is refused, named in both languages', async () => {
      const { error, details } = await failure({ title: 'ok', isAdmin: true });
      expect(error.localized.zh).toContain('isAdmin');
      expect(error.localized.zh).toContain('不是允许的字段');
      expect(error.localized.en).toContain('"isAdmin"');
      expect(error.localized.en).toContain('is not an allowed field');
      expect(details).toEqual([
        {
          field: 'isAdmin',
          constraint: 'whitelistValidation',
          messageZh: '不是允许的字段',
          messageEn: 'is not an allowed field',
        },
      ]);
    });

    it('is refused inside nested objects too, with its path', async () => {
      const { details } = await failure({
        title: 'ok',
        milestones: [{ title: 'a', dueDate: '2026-02-01', extra: 1 }],
      });
      expect(details).toContainEqual(
        expect.objectContaining({ field: 'milestones.0.extra', constraint: 'whitelistValidation' }),
      );
    });
  });

  it('lists every failing field with its constraint and both messages', async () => {
    const { error, details } = await failure({ title: 42, weight: 9, measure: 'other' });
    expect(details).toEqual(
      expect.arrayContaining([
        {
          field: 'title',
          constraint: expect.any(String),
          messageZh: expect.any(String),
          messageEn: expect.any(String),
        },
        {
          field: 'weight',
          constraint: 'max',
          messageZh: '不能大于 5',
          messageEn: 'must not be greater than 5',
        },
        {
          field: 'measure',
          constraint: 'isIn',
          messageZh: '必须是以下之一：policy、talent',
          messageEn: 'must be one of: policy, talent',
        },
      ]),
    );
    expect(details).toHaveLength(3);
    for (const d of details) {
      expect(error.localized.zh).toContain(`字段 ${d.field} ${d.messageZh}`);
      expect(error.localized.en).toContain(`Field "${d.field}" ${d.messageEn}`);
    }
    // the AppException's own message is the English one
    expect(error.message).toBe(error.localized.en);
  });

  it('reports only the first failure of each field', async () => {
    const { details } = await failure({ title: 12345678901 });
    expect(details.filter((d) => d.field === 'title')).toHaveLength(1);
  });

  it('recovers the limit of MaxLength for the message', async () => {
    const { details } = await failure({ title: 'x'.repeat(11) });
    expect(details).toEqual([
      {
        field: 'title',
        constraint: 'maxLength',
        messageZh: '最多 10 个字符',
        messageEn: 'must be at most 10 characters',
      },
    ]);
  });

  it('names nested array fields by their path', async () => {
    const { error, details } = await failure({
      title: 'ok',
      milestones: [
        { title: 'a', dueDate: '2026-02-01' },
        { title: 'b', dueDate: '2026-02-30' },
      ],
    });
    expect(details).toEqual([
      {
        field: 'milestones.1.dueDate',
        constraint: 'isIsoDate',
        messageZh: expect.any(String),
        messageEn: 'must be a real date (YYYY-MM-DD)',
      },
    ]);
    expect(error.localized.en).toContain('"milestones.1.dueDate"');
  });

  it('reports milestones.0.dueDate when the first milestone lacks its date', async () => {
    const { details } = await failure({ title: 'ok', milestones: [{ title: 'a' }] });
    expect(details.map((d) => d.field)).toContain('milestones.0.dueDate');
  });

  it('refuses a body that is not an object at all', async () => {
    await expect(createValidationPipe().transform('just text', body(TaskInput))).rejects.toBeInstanceOf(
      AppException,
    );
  });

  describe(IsIsoDate.name, () => {
    it.each(['2026-01-01', '2028-02-29', '2000-02-29', '2026-12-31'])('accepts %s', async (startDate) => {
      await expect(validate({ title: 'ok', startDate })).resolves.toMatchObject({ startDate });
    });

    it.each([
      '2026-02-30',
      '2026-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-04-31',
      '2026-1-01',
      '2026-01-01T00:00:00Z',
      '',
      20260101,
    ])('rejects %j', async (startDate) => {
      const { details } = await failure({ title: 'ok', startDate });
      expect(details).toEqual([expect.objectContaining({ field: 'startDate', constraint: 'isIsoDate' })]);
    });
  });

  describe(IsPeriod.name, () => {
    it.each(['2026-01', '2026-12'])('accepts %s', async (period) => {
      await expect(validate({ title: 'ok', period })).resolves.toMatchObject({ period });
    });

    it.each(['2026-13', '2026-00', '2026-1', '2026-01-01', '202601'])('rejects %s', async (period) => {
      const { details } = await failure({ title: 'ok', period });
      expect(details).toEqual([
        {
          field: 'period',
          constraint: 'isPeriod',
          messageZh: '必须是有效报送期（YYYY-MM）',
          messageEn: 'must be a valid period (YYYY-MM)',
        },
      ]);
    });
  });

  describe(NoControlChars.name, () => {
    it.each([
      ['NUL', 'a\u0000b'],
      ['BEL', 'a\u0007'],
      ['vertical tab', 'a\u000Bb'],
      ['ESC', '\u001B[31m'],
      ['DEL', 'a\u007F'],
      ['a lone high surrogate', 'ab\uD800cd'],
      ['a lone low surrogate', '\uDC00x'],
    ])('rejects %s', async (_name, title) => {
      const { details } = await failure({ title });
      expect(details).toEqual([
        {
          field: 'title',
          constraint: 'noControlChars',
          messageZh: '不能包含控制字符',
          messageEn: 'must not contain control characters',
        },
      ]);
    });

    it.each([
      ['tab and newlines', 'a\tb\nc\r\n'],
      ['emoji', '进度🚀👍'],
      ['a CJK Extension B character (U+20000)', '\u{20000}字'],
      ['plain Chinese', '人工智能'],
    ])('accepts %s', async (_name, title) => {
      await expect(validate({ title })).resolves.toMatchObject({ title });
    });
  });
});

describe(validationException.name, () => {
  it('falls back to a generic message for constraints it does not know', () => {
    const e = validationException([
      { property: 'x', constraints: { someCustomRule: 'x is odd' }, children: [] },
    ]);
    expect(e.details).toEqual([
      { field: 'x', constraint: 'someCustomRule', messageZh: '无效', messageEn: 'is invalid' },
    ]);
  });

  it('joins several fields in both languages', () => {
    const e = validationException([
      { property: 'a', constraints: { isDefined: 'a should not be null or undefined' }, children: [] },
      { property: 'b', constraints: { isString: 'b must be a string' }, children: [] },
    ]);
    expect(e.localized.zh).toBe('请求内容有误：字段 a 必须填写；字段 b 必须是文本');
    expect(e.localized.en).toBe('Invalid request: Field "a" is required; Field "b" must be text');
  });
});
