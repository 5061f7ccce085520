import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CreatedWorkspace, WorkspaceSettingsView } from '@plan/contracts';
import { DEFAULT_TIME_ZONE } from '@plan/contracts';
import { RequestContext } from '../../common/request-context';
import { MEASURES } from '../../seed/seed-data';
import { actorOf } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/password';
import { isUsernameClash, usernameTaken } from '../people/people.exception';
import { PeopleRepository } from '../people/people.repository';
import { unitInvalid } from '../units/units.exception';
import { UnitsRepository } from '../units/units.repository';
import { CreateWorkspaceDto, UpdateWorkspaceDto } from './dto/workspace.dto';
import { WorkspaceAdminRepository } from './workspace-admin.repository';
import {
  isWorkspaceCodeClash,
  workspaceCodeTaken,
  workspaceConflict,
  workspaceInvalid,
} from './workspaces.exception';

@Injectable()
export class WorkspacesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workspaces: WorkspaceAdminRepository,
    private readonly units: UnitsRepository,
    private readonly people: PeopleRepository,
    private readonly audit: AuditService,
  ) {}

  async get(ctx: RequestContext): Promise<WorkspaceSettingsView> {
    return (await this.workspaces.get(
      this.dataSource.manager,
      ctx.user.workspaceId,
    )) as WorkspaceSettingsView;
  }

  async update(ctx: RequestContext, dto: UpdateWorkspaceDto): Promise<WorkspaceSettingsView> {
    const ws = ctx.user.workspaceId;
    return this.dataSource.transaction(async (m) => {
      const before = (await this.workspaces.get(m, ws, true)) as WorkspaceSettingsView;
      if (before.version !== dto.version) throw workspaceConflict(before);
      const name = (dto.name ?? before.name).trim();
      if (!name) throw workspaceInvalid('name', '名称不能为空', 'must not be blank');
      await this.workspaces.update(m, ws, {
        name,
        cadence: dto.cadence ?? before.cadence,
        dueDay: dto.dueDay ?? before.dueDay,
        timezone: dto.timezone ?? before.timezone,
      });
      const after = (await this.workspaces.get(m, ws)) as WorkspaceSettingsView;
      await this.audit.record(m, actorOf(ctx), {
        action: 'workspace.update',
        entity: 'workspace',
        entityId: ws,
        before,
        after,
      });
      return after;
    });
  }

  // A new customer: the workspace, its five measures, a first unit and a first admin, all or nothing.
  async create(ctx: RequestContext, dto: CreateWorkspaceDto): Promise<CreatedWorkspace> {
    const id = randomUUID();
    const name = dto.name.trim();
    if (!name) throw workspaceInvalid('name', '名称不能为空', 'must not be blank');
    const passwordHash = await hashPassword(dto.admin.password);
    try {
      return await this.dataSource.transaction(async (m) => {
        if (await this.workspaces.codeTaken(m, dto.code)) throw workspaceCodeTaken(dto.code);
        if (await this.people.usernameTaken(m, dto.admin.username)) throw usernameTaken(dto.admin.username);
        if (!(await this.units.regionExists(m, dto.unit.regionCode)))
          throw unitInvalid('unit.regionCode', '地区代码不存在', 'no such region code');
        await this.workspaces.actAs(m, id);
        await this.workspaces.insert(m, id, dto.code, {
          name,
          cadence: dto.cadence ?? 'month',
          dueDay: dto.dueDay ?? 5,
          timezone: dto.timezone ?? DEFAULT_TIME_ZONE,
        });
        const measureCount = await this.workspaces.insertMeasures(m, id, MEASURES);
        const unitId = await this.units.insert(m, id, {
          code: 'office',
          nameZh: dto.unit.nameZh.trim(),
          nameEn: dto.unit.nameEn.trim(),
          regionCode: dto.unit.regionCode,
          level: dto.unit.level,
          active: true,
        });
        const adminId = await this.people.insert(m, id, {
          username: dto.admin.username,
          displayName: dto.admin.displayName.trim(),
          role: 'admin',
          unitId,
          regionScope: null,
          active: true,
          passwordHash,
        });
        const workspace = (await this.workspaces.get(m, id)) as WorkspaceSettingsView;
        await this.workspaces.actAs(m, ctx.user.workspaceId);
        const created: CreatedWorkspace = { workspace, unitId, adminId, measureCount };
        await this.audit.record(m, actorOf(ctx), {
          action: 'workspace.create',
          entity: 'workspace',
          entityId: id,
          after: { ...created, admin: { username: dto.admin.username, displayName: dto.admin.displayName } },
        });
        return created;
      });
    } catch (err) {
      if (isUsernameClash(err)) throw usernameTaken(dto.admin.username);
      if (isWorkspaceCodeClash(err)) throw workspaceCodeTaken(dto.code);
      throw err;
    }
  }
}
