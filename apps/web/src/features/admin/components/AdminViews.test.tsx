import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router-dom';
import { mockApi } from '../../../../test/mock-api';
import { jsonResponse, renderWithProviders } from '../../../../test/render-with-providers';
import { buildMe } from '../../../../test/task-fixtures';
import { AdminPage, AdminPeoplePage, AdminUnitsPage } from '../../../pages/AdminPage';
import {
  adminReferenceRoutes,
  buildAuditEvent,
  buildPerson,
  buildSettings,
  buildUnit,
} from '../testing/admin-fixtures';
import { AuditView } from './AuditView';
import { CreateWorkspaceDialog } from './CreateWorkspaceDialog';
import { PersonDialog } from './PersonDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { SettingsForm } from './SettingsForm';
import { UnitDialog } from './UnitDialog';

const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as Record<string, unknown>;

const renderAdmin = (child: ReactElement, path: string) =>
  renderWithProviders(
    <Routes>
      <Route path="/admin" element={<AdminPage />}>
        <Route path={path.replace('/admin/', '')} element={child} />
      </Route>
    </Routes>,
    { route: path },
  );

describe('admin pages', () => {
  it('tells a non-admin they have no access and shows no tabs', async () => {
    mockApi({ 'GET /api/auth/me': buildMe({ role: 'leader' }) });
    renderAdmin(<AdminUnitsPage />, '/admin/units');
    expect(await screen.findByText('只有管理员可以使用管理功能。')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: '管理功能' })).toBeNull();
  });

  it('lists units with a text status and deactivates one with its version', async () => {
    const patches: unknown[] = [];
    mockApi({
      ...adminReferenceRoutes,
      'GET /api/auth/me': buildMe({ role: 'admin' }),
      'GET /api/units': [
        buildUnit(),
        buildUnit({ id: 'u-old', code: 'old', nameZh: '已撤销单位', active: false, version: 4 }),
      ],
      'PATCH /api/units/u-miit': (_url: URL, init: RequestInit | undefined) => {
        patches.push(bodyOf(init));
        return jsonResponse(buildUnit({ active: false, version: 2 }));
      },
    });
    renderAdmin(<AdminUnitsPage />, '/admin/units');
    const nav = await screen.findByRole('navigation', { name: '管理功能' });
    expect(within(nav).getByRole('link', { name: '单位' }).getAttribute('aria-current')).toBe('page');
    const row = (await screen.findByRole('rowheader', { name: '工业和信息化部' })).closest('tr')!;
    expect(within(row).getByText('启用')).toBeTruthy();
    expect(
      within(screen.getByRole('rowheader', { name: '已撤销单位' }).closest('tr')!).getByText('已停用'),
    ).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: '停用 工业和信息化部' }));
    await waitFor(() => expect(patches).toEqual([{ active: false, version: 1 }]));
  });

  it('filters people and never offers the signed-in admin a deactivate button', async () => {
    mockApi({
      ...adminReferenceRoutes,
      'GET /api/auth/me': buildMe({ id: 'p-admin', role: 'admin' }),
      'GET /api/units': [buildUnit()],
      'GET /api/people': [
        buildPerson({ id: 'p-admin', username: 'admin', displayName: '系统管理员', role: 'admin' }),
        buildPerson(),
        buildPerson({ id: 'p-gone', username: 'gone', displayName: '离职人员', active: false }),
      ],
    });
    renderAdmin(<AdminPeoplePage />, '/admin/people');
    const self = (await screen.findByRole('rowheader', { name: /系统管理员/ })).closest('tr')!;
    expect(within(self).queryByRole('button', { name: /^停用/ })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('共 3 人');
    fireEvent.change(screen.getByLabelText('状态'), { target: { value: 'inactive' } });
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['离职人员']);
    fireEvent.change(screen.getByLabelText('状态'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('搜索姓名或用户名'), { target: { value: 'STAFF' } });
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['王经办']);
  });
});

describe(UnitDialog.name, () => {
  it('says what is missing next to the field and posts a trimmed unit', async () => {
    const posts: unknown[] = [];
    const fetchMock = mockApi({
      ...adminReferenceRoutes,
      'POST /api/units': (_url: URL, init: RequestInit | undefined) => {
        posts.push(bodyOf(init));
        return jsonResponse(buildUnit({ id: 'u-new' }), 201);
      },
    });
    const onSaved = jest.fn();
    renderWithProviders(<UnitDialog unit={null} onClose={jest.fn()} onSaved={onSaved} />);
    expect(document.activeElement).toBe(screen.getByLabelText('代码'));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    const zh = screen.getByLabelText(/^中文名称/);
    expect(zh.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(zh);
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    fireEvent.change(zh, { target: { value: ' 广东省发展改革委 ' } });
    fireEvent.change(screen.getByLabelText(/^英文名称/), { target: { value: 'Guangdong DRC' } });
    await screen.findByRole('option', { name: '广东省' });
    fireEvent.change(screen.getByLabelText(/^所在地区/), { target: { value: '440000' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(posts).toEqual([
      {
        nameZh: '广东省发展改革委',
        nameEn: 'Guangdong DRC',
        regionCode: '440000',
        level: 'provincial',
        active: true,
      },
    ]);
  });

  it('shows the conflict message when the unit changed meanwhile', async () => {
    mockApi({
      ...adminReferenceRoutes,
      'PATCH /api/units/u-miit': () =>
        jsonResponse({ statusCode: 409, code: 'UNIT_VERSION_CONFLICT', message: 'stale' }, 409),
    });
    renderWithProviders(<UnitDialog unit={buildUnit()} onClose={jest.fn()} onSaved={jest.fn()} />);
    expect(screen.queryByLabelText('代码')).toBeNull();
    fireEvent.change(screen.getByLabelText(/^中文名称/), { target: { value: '工信部' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      '该记录刚被他人修改，已载入最新内容，请核对后重新提交。',
    );
  });
});

describe(PersonDialog.name, () => {
  const units = [buildUnit(), buildUnit({ id: 'u-old', nameZh: '已撤销单位', active: false })];

  it('creates a viewer limited to a region; inactive units are not offered', async () => {
    const posts: unknown[] = [];
    mockApi({
      ...adminReferenceRoutes,
      'POST /api/people': (_url: URL, init: RequestInit | undefined) => {
        posts.push(bodyOf(init));
        return jsonResponse(buildPerson(), 201);
      },
    });
    const onSaved = jest.fn();
    renderWithProviders(
      <PersonDialog person={null} units={units} isSelf={false} onClose={jest.fn()} onSaved={onSaved} />,
    );
    expect(screen.queryByRole('option', { name: '已撤销单位' })).toBeNull();
    expect(screen.queryByLabelText('限定地区')).toBeNull();
    fireEvent.change(screen.getByLabelText(/^用户名/), { target: { value: 'Li.Si' } });
    fireEvent.change(screen.getByLabelText(/^姓名/), { target: { value: '李四' } });
    fireEvent.change(screen.getByLabelText(/^角色/), { target: { value: 'viewer' } });
    fireEvent.change(screen.getByLabelText(/^所属单位/), { target: { value: 'u-miit' } });
    await screen.findByRole('option', { name: '广东省' });
    fireEvent.change(screen.getByLabelText('限定地区'), { target: { value: '440000' } });
    fireEvent.change(screen.getByLabelText(/^初始密码/), { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    const password = screen.getByLabelText(/^初始密码/);
    expect(
      document.getElementById(password.getAttribute('aria-describedby')!.split(' ')[1]!)?.textContent,
    ).toBe('至少 10 个字符。');
    fireEvent.change(password, { target: { value: 'long-enough-1' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(posts).toEqual([
      {
        username: 'li.si',
        displayName: '李四',
        role: 'viewer',
        unitId: 'u-miit',
        regionScope: '440000',
        password: 'long-enough-1',
      },
    ]);
  });

  it('translates a taken username and keeps what was typed', async () => {
    mockApi({
      ...adminReferenceRoutes,
      'POST /api/people': () =>
        jsonResponse({ statusCode: 409, code: 'USERNAME_TAKEN', message: 'taken' }, 409),
    });
    renderWithProviders(
      <PersonDialog person={null} units={units} isSelf={false} onClose={jest.fn()} onSaved={jest.fn()} />,
    );
    fireEvent.change(screen.getByLabelText(/^用户名/), { target: { value: 'staff' } });
    fireEvent.change(screen.getByLabelText(/^姓名/), { target: { value: '重名' } });
    fireEvent.change(screen.getByLabelText(/^所属单位/), { target: { value: 'u-miit' } });
    fireEvent.change(screen.getByLabelText(/^初始密码/), { target: { value: 'long-enough-1' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      '该用户名已被使用（用户名在所有工作区中唯一）。',
    );
    expect((screen.getByLabelText(/^用户名/) as HTMLInputElement).value).toBe('staff');
  });

  it('locks the role of the signed-in admin', () => {
    mockApi(adminReferenceRoutes);
    renderWithProviders(
      <PersonDialog
        person={buildPerson({ id: 'p-admin', role: 'admin' })}
        units={units}
        isSelf
        onClose={jest.fn()}
        onSaved={jest.fn()}
      />,
    );
    expect((screen.getByLabelText(/^角色/) as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByText('不能取消自己的管理员角色。')).toBeTruthy();
    expect(screen.queryByLabelText(/^初始密码/)).toBeNull();
  });
});

describe(ResetPasswordDialog.name, () => {
  it('wants the same password twice, at least 10 characters', async () => {
    const posts: unknown[] = [];
    mockApi({
      'POST /api/people/p-staff/reset-password': (_url: URL, init: RequestInit | undefined) => {
        posts.push(bodyOf(init));
        return new Response(null, { status: 204 });
      },
    });
    const onDone = jest.fn();
    renderWithProviders(<ResetPasswordDialog person={buildPerson()} onClose={jest.fn()} onDone={onDone} />);
    expect(screen.getByRole('dialog', { name: '重置密码' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^新密码/), { target: { value: 'new-password-1' } });
    fireEvent.change(screen.getByLabelText(/^再次输入新密码/), { target: { value: 'new-password-2' } });
    fireEvent.click(screen.getByRole('button', { name: '重置密码' }));
    expect(screen.getByText('两次输入的密码不一致。')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^再次输入新密码/), { target: { value: 'new-password-1' } });
    fireEvent.click(screen.getByRole('button', { name: '重置密码' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(posts).toEqual([{ password: 'new-password-1' }]);
  });
});

describe(SettingsForm.name, () => {
  it('refuses a due day of 29 and saves the changed fields with the version', async () => {
    const patches: unknown[] = [];
    mockApi({
      'PATCH /api/workspace': (_url: URL, init: RequestInit | undefined) => {
        patches.push(bodyOf(init));
        return jsonResponse(buildSettings({ dueDay: 10, cadence: 'quarter', version: 2 }));
      },
    });
    renderWithProviders(<SettingsForm settings={buildSettings()} />);
    const dueDay = screen.getByLabelText(/^报送截止日/);
    fireEvent.change(dueDay, { target: { value: '29' } });
    fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
    expect(dueDay.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('请输入 1 到 28 之间的整数。')).toBeTruthy();
    fireEvent.change(dueDay, { target: { value: '10' } });
    fireEvent.change(screen.getByLabelText(/^报送周期/), { target: { value: 'quarter' } });
    fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已保存。'));
    expect(patches).toEqual([{ version: 1, cadence: 'quarter', dueDay: 10 }]);
  });
});

describe(AuditView.name, () => {
  it('shows events newest first, expands the before/after diff, loads more and filters through the URL', async () => {
    const queries: string[] = [];
    mockApi({
      'GET /api/people': [buildPerson()],
      'GET /api/audit': (url: URL) => {
        queries.push(url.search);
        if (url.searchParams.get('cursor') === 'c2')
          return jsonResponse({
            items: [buildAuditEvent({ id: '8', action: 'unit.create', entity: 'unit', entityId: 'u1' })],
            nextCursor: null,
          });
        return jsonResponse({ items: [buildAuditEvent()], nextCursor: 'c2' });
      },
    });
    renderWithProviders(<AuditView />, { route: '/admin/audit?entity=person' });
    const row = (await screen.findByText('person.update')).closest('tr')!;
    expect(within(row).getByText('系统管理员')).toBeTruthy();
    expect(within(row).getByText('2026年11月29日', { exact: false })).toBeTruthy();
    expect(queries[0]).toContain('entity=person');
    expect((screen.getByLabelText('对象类型') as HTMLSelectElement).value).toBe('person');

    const toggle = within(row).getByRole('button', { name: '查看修改内容' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const diff = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    const changed = within(diff)
      .getByRole('rowheader', { name: /displayName/ })
      .closest('tr')!;
    expect([...changed.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['王经办', '王小明']);

    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByText('unit.create')).toBeTruthy();
    expect(queries[1]).toContain('cursor=c2');
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();

    fireEvent.change(screen.getByLabelText('操作'), { target: { value: 'unit.' } });
    fireEvent.click(screen.getByRole('button', { name: '筛选' }));
    await waitFor(() => expect(queries.at(-1)).toContain('action=unit.'));
  });
});

describe(CreateWorkspaceDialog.name, () => {
  it('posts the workspace with its first unit and admin, and translates a taken code', async () => {
    const posts: unknown[] = [];
    let answer = () => jsonResponse({ statusCode: 409, code: 'WORKSPACE_CODE_TAKEN', message: 'taken' }, 409);
    mockApi({
      ...adminReferenceRoutes,
      'POST /api/workspaces': (_url: URL, init: RequestInit | undefined) => {
        posts.push(bodyOf(init));
        return answer();
      },
    });
    const onCreated = jest.fn();
    renderWithProviders(<CreateWorkspaceDialog onClose={jest.fn()} onCreated={onCreated} />);
    expect(screen.getByRole('dialog', { name: '新建工作区' })).toBeTruthy();
    const code = screen.getByLabelText(/^工作区代码/);
    expect(document.activeElement).toBe(code);
    fireEvent.change(code, { target: { value: 'guangdong' } });
    fireEvent.change(screen.getByLabelText(/^工作区名称/), { target: { value: '广东省人工智能+行动' } });
    const unit = screen.getByRole('group', { name: '第一个单位' });
    fireEvent.change(within(unit).getByLabelText(/^中文名称/), { target: { value: '广东专班' } });
    fireEvent.change(within(unit).getByLabelText(/^英文名称/), { target: { value: 'GD office' } });
    await screen.findByRole('option', { name: '广东省' });
    fireEvent.change(within(unit).getByLabelText(/^所在地区/), { target: { value: '440000' } });
    const admin = screen.getByRole('group', { name: '第一位管理员' });
    fireEvent.change(within(admin).getByLabelText(/^用户名/), { target: { value: 'gd-admin' } });
    fireEvent.change(within(admin).getByLabelText(/^姓名/), { target: { value: '广东管理员' } });
    fireEvent.change(within(admin).getByLabelText(/^初始密码/), { target: { value: 'gd-password-1' } });
    fireEvent.click(screen.getByRole('button', { name: '创建工作区' }));
    expect((await screen.findByRole('alert')).textContent).toBe('该工作区代码已被使用。');

    answer = () =>
      jsonResponse(
        {
          workspace: buildSettings({ code: 'guangdong', name: '广东省人工智能+行动' }),
          unitId: 'u',
          adminId: 'a',
          measureCount: 5,
        },
        201,
      );
    fireEvent.click(screen.getByRole('button', { name: '创建工作区' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(onCreated.mock.calls[0]![1]).toBe('gd-admin');
    expect(posts[1]).toEqual({
      code: 'guangdong',
      name: '广东省人工智能+行动',
      unit: { nameZh: '广东专班', nameEn: 'GD office', regionCode: '440000', level: 'provincial' },
      admin: { username: 'gd-admin', displayName: '广东管理员', password: 'gd-password-1' },
    });
  });
});
