import { changesFigures } from './audit.service';

describe('changesFigures (which audited writes start a new workspace revision)', () => {
  const report = (status: string) => ({ id: 'r', status });

  it('leaves the figures alone for sessions, notifications, evidence files and drafts', () => {
    expect(changesFigures({ action: 'auth.login', entity: 'session', entityId: null })).toBe(false);
    expect(changesFigures({ action: 'notification.read', entity: 'notification', entityId: 'n' })).toBe(
      false,
    );
    expect(changesFigures({ action: 'attachment.create', entity: 'report_attachment', entityId: 'a' })).toBe(
      false,
    );
    for (const [before, after] of [
      [undefined, report('draft')],
      [report('draft'), report('draft')],
      [report('draft'), undefined],
      [null, report('draft')],
    ])
      expect(
        changesFigures({ action: 'report.x', entity: 'progress_report', entityId: 'r', before, after }),
      ).toBe(false);
  });

  it('changes them when a report leaves or reaches a counted state, and for everything else', () => {
    for (const [before, after] of [
      [undefined, report('submitted')],
      [report('draft'), report('submitted')],
      [report('submitted'), report('approved')],
      [report('submitted'), report('returned')],
      [report('returned'), undefined],
    ])
      expect(
        changesFigures({ action: 'report.x', entity: 'progress_report', entityId: 'r', before, after }),
      ).toBe(true);
    for (const entity of ['task', 'milestone', 'meeting', 'unit', 'person', 'workspace', 'import'] as const)
      expect(changesFigures({ action: `${entity}.update`, entity, entityId: 'x' })).toBe(true);
  });
});
