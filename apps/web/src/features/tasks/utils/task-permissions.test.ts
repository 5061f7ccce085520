import { buildMe, buildTaskDetail } from '../../../../test/task-fixtures';
import { canCreateTask, canEditTask } from './task-permissions';

describe('task permissions', () => {
  const task = buildTaskDetail(); // led by ndrc, miit cooperates

  it('lets admins, leaders and staff create tasks', () => {
    expect(canCreateTask(buildMe({ role: 'admin' }))).toBe(true);
    expect(canCreateTask(buildMe({ role: 'leader' }))).toBe(true);
    expect(canCreateTask(buildMe({ role: 'staff' }))).toBe(true);
    expect(canCreateTask(buildMe({ role: 'unit_head' }))).toBe(false);
    expect(canCreateTask(buildMe({ role: 'viewer' }))).toBe(false);
    expect(canCreateTask(null)).toBe(false);
  });

  it('lets staff edit only tasks their unit leads or cooperates on', () => {
    const unit = (id: string) => ({ id, nameZh: id, nameEn: id });
    expect(canEditTask(buildMe({ role: 'staff', unit: unit('ndrc') }), task)).toBe(true);
    expect(canEditTask(buildMe({ role: 'staff', unit: unit('miit') }), task)).toBe(true);
    expect(canEditTask(buildMe({ role: 'staff', unit: unit('mof') }), task)).toBe(false);
    expect(canEditTask(buildMe({ role: 'staff', unit: null }), task)).toBe(false);
    expect(canEditTask(buildMe({ role: 'leader', unit: unit('mof') }), task)).toBe(true);
    expect(canEditTask(buildMe({ role: 'viewer', unit: unit('ndrc') }), task)).toBe(false);
  });
});
