import { createI18n } from '../../../app/i18n';
import type { Locale } from '../../../lib/locale';
import type { TaskStatus } from '../api/types';
import { buildStatusSentence } from './status-sentence';

const status = (overrides: Partial<TaskStatus>): TaskStatus => ({
  expected: 60,
  actual: 45,
  gap: 15,
  daysLate: 0,
  state: 'behind',
  light: 'yellow',
  ...overrides,
});

const render = (value: TaskStatus, locale: Locale): string => {
  const i18n = createI18n(locale);
  const sentence = buildStatusSentence(value, locale);
  return i18n.t(`sentence.${sentence.key}`, { ns: 'tasks', ...sentence.values });
};

describe(buildStatusSentence.name, () => {
  it('builds the late sentence from one translated template', () => {
    const late = status({ daysLate: 12 });
    expect(buildStatusSentence(late, 'zh-CN')).toEqual({
      key: 'late',
      values: { expected: '60%', actual: '45%', days: '12', count: 12 },
    });
    expect(render(late, 'zh-CN')).toBe('按序时应完成60%，实际45%，滞后12天');
    expect(render(late, 'en')).toBe('Expected 60% by now, actual 45%, 12 days late');
  });

  it('uses the singular in English for one day', () => {
    expect(render(status({ daysLate: 1 }), 'en')).toBe('Expected 60% by now, actual 45%, 1 day late');
  });

  it('leaves out the delay when nothing is late', () => {
    const onTrack = status({ expected: 40, actual: 42, gap: -2, state: 'on_track', light: 'green' });
    expect(buildStatusSentence(onTrack, 'zh-CN').key).toBe('onPlan');
    expect(render(onTrack, 'zh-CN')).toBe('按序时应完成40%，实际42%');
  });

  it('says overdue, not late, once the due date has passed', () => {
    const overdue = status({
      expected: 100,
      actual: 80,
      gap: 20,
      daysLate: 3,
      state: 'overdue',
      light: 'red',
    });
    expect(render(overdue, 'zh-CN')).toBe('已逾期3天，按序时应完成100%，实际80%');
    expect(render(overdue, 'en')).toBe('Overdue by 3 days: expected 100%, actual 80%');
  });

  it('handles a long-term task without a scheduled target', () => {
    const ongoing = status({ expected: null, gap: null, actual: 30, state: 'on_track', light: 'green' });
    expect(buildStatusSentence(ongoing, 'zh-CN').key).toBe('noPlan');
    expect(render(ongoing, 'zh-CN')).toBe('实际30%，暂无序时要求');
    expect(render({ ...ongoing, daysLate: 20, state: 'behind', light: 'red' }, 'zh-CN')).toBe(
      '实际30%，滞后20天',
    );
  });

  it('reports completed and suspended tasks without schedule figures', () => {
    expect(render(status({ actual: 100, state: 'completed', light: 'green' }), 'zh-CN')).toBe(
      '已完成，实际进度100%',
    );
    expect(render(status({ actual: 20, state: 'suspended', light: 'grey', daysLate: 9 }), 'zh-CN')).toBe(
      '已暂缓，实际进度20%',
    );
  });

  it('formats numbers for the language', () => {
    const sentence = buildStatusSentence(status({ expected: 62.5, actual: 45, daysLate: 1200 }), 'en');
    expect(sentence.values).toMatchObject({ expected: '62.5%', days: '1,200', count: 1200 });
  });
});
