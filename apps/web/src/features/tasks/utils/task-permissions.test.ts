import { buildMe, buildTaskDetail } from '../../../../test/task-fixtures';
import { canArchiveTask, canCreateTask, canEditTask } from './task-permissions';

describe('task permissions (from the API route policy)', () => {
  const task = buildTaskDetail(); // led by ndrc, miit cooperates
  const unit = (id: string) => ({ id, nameZh: id, nameEn: id });

  it('lets everyone but viewers create tasks (staff and unit heads for their own unit)', () => {
    for (const role of ['admin', 'leader', 'staff', 'unit_head'] as const)
      expect(canCreateTask(buildMe({ role }))).toBe(true);
    expect(canCreateTask(buildMe({ role: 'viewer' }))).toBe(false);
    expect(canCreateTask(null)).toBe(false);
  });

  it('lets staff and unit heads edit only tasks their unit leads or cooperates on; admins any; leaders read', () => {
    expect(canEditTask(buildMe({ role: 'staff', unit: unit('ndrc') }), task)).toBe(true);
    expect(canEditTask(buildMe({ role: 'staff', unit: unit('miit') }), task)).toBe(true);
    expect(canEditTask(buildMe({ role: 'unit_head', unit: unit('miit') }), task)).toBe(true);
    expect(canEditTask(buildMe({ role: 'staff', unit: unit('mof') }), task)).toBe(false);
    expect(canEditTask(buildMe({ role: 'staff', unit: null }), task)).toBe(false);
    expect(canEditTask(buildMe({ role: 'admin', unit: unit('mof') }), task)).toBe(true);
    expect(canEditTask(buildMe({ role: 'leader', unit: unit('ndrc') }), task)).toBe(false);
    expect(canEditTask(buildMe({ role: 'viewer', unit: unit('ndrc') }), task)).toBe(false);
  });

  it('lets leaders and admins archive', () => {
    expect(canArchiveTask(buildMe({ role: 'leader' }))).toBe(true);
    expect(canArchiveTask(buildMe({ role: 'admin' }))).toBe(true);
    expect(canArchiveTask(buildMe({ role: 'staff' }))).toBe(false);
  });
});
