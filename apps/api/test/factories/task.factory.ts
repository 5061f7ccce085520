import type { Fixture } from './workspace.factory';

let n = 0;

// A valid create-task body; override what the test is about.
export function buildTask(f: Fixture, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  n++;
  return {
    code: `T-${String(n).padStart(4, '0')}`,
    title: `测试任务 ${n}`,
    requirement: '按期完成目标及任务要求',
    measure: 'policy',
    region: '000000',
    sectors: ['manufacturing'],
    leadUnitId: f.units.miit,
    cooperatingUnitIds: [f.units.ndrc],
    responsiblePersonId: f.people.staff,
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    ...overrides,
  };
}
