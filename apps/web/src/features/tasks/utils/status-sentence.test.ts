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

  it('counts the days past the due date once it has passed', () => {
    const overdue = status({
      expected: 100,
      actual: 80,
      gap: 20,
      daysLate: 3,
      state: 'overdue',
      light: 'red',
    });
    expect(render(overdue, 'zh-CN')).toBe('超过完成时限3天，按序时应完成100%，实际80%');
    expect(render(overdue, 'en')).toBe('3 days past the due date: expected 100%, actual 80%');
  });

  it('handles a long-term task without a scheduled target', () => {
    const ongoing = status({ expected: null, gap: null, actual: 30, state: 'on_track', light: 'green' });
    expect(buildStatusSentence(ongoing, 'zh-CN').key).toBe('noPlan');
    expect(render(ongoing, 'zh-CN')).toBe('实际30%，暂无序时要求');
    expect(render({ ...ongoing, daysLate: 20, state: 'behind', light: 'red' }, 'zh-CN')).toBe(
      '实际30%，滞后20天',
    );
  });

  it("reports completed and suspended tasks without schedule figures or the state badge's words", () => {
    expect(render(status({ actual: 100, state: 'completed', light: 'green' }), 'zh-CN')).toBe('实际进度100%');
    expect(render(status({ actual: 20, state: 'suspended', light: 'grey', daysLate: 9 }), 'zh-CN')).toBe(
      '暂缓时进度20%',
    );
    expect(render(status({ actual: 20, state: 'suspended', light: 'grey' }), 'en')).toBe(
      'Progress 20% when suspended',
    );
  });

  it('says how far behind a task is when no milestone is late', () => {
    const behind = status({ expected: 57.1, actual: 40, gap: 17.1, daysLate: 0 });
    expect(buildStatusSentence(behind, 'zh-CN').key).toBe('behindGap');
    expect(render(behind, 'zh-CN')).toBe('按序时应完成57.1%，实际40%，落后17.1个百分点');
    expect(render(behind, 'en')).toBe('Expected 57.1% by now, actual 40%, 17.1 points behind');
    expect(render(status({ expected: 50, actual: 49, gap: 1, daysLate: 0 }), 'en')).toBe(
      'Expected 50% by now, actual 49%, 1 point behind',
    );
  });

  it('formats numbers for the language', () => {
    const sentence = buildStatusSentence(status({ expected: 62.5, actual: 45, daysLate: 1200 }), 'en');
    expect(sentence.values).toMatchObject({ expected: '62.5%', days: '1,200', count: 1200 });
  });
});
