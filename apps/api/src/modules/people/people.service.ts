import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AdminPerson } from '@plan/contracts';
import { RequestContext } from '../../common/request-context';
import { actorOf } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/password';
import { CreatePersonDto, UpdatePersonDto } from './dto/person.dto';
import {
  isUsernameClash,
  personConflict,
  personInvalid,
  personNotFound,
  selfLockout,
  usernameTaken,
} from './people.exception';
import { PeopleRepository, type PersonWrite } from './people.repository';

@Injectable()
export class PeopleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PeopleRepository,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: RequestContext, dto: CreatePersonDto): Promise<AdminPerson> {
    const ws = ctx.user.workspaceId;
    // argon2 takes a while: hash before the transaction so no row lock waits on it
    const passwordHash = await hashPassword(dto.password);
    try {
      return await this.dataSource.transaction(async (m) => {
        const write = await this.check(m, ws, {
          displayName: dto.displayName,
          role: dto.role,
          unitId: dto.unitId,
          regionScope: dto.regionScope ?? null,
          active: true,
        });
        if (await this.people.usernameTaken(m, dto.username)) throw usernameTaken(dto.username);
        const id = await this.people.insert(m, ws, { ...write, username: dto.username, passwordHash });
        const created = (await this.people.get(m, ws, id)) as AdminPerson;
        await this.audit.record(m, actorOf(ctx), {
          action: 'person.create',
          entity: 'person',
          entityId: id,
          after: created,
        });
        return created;
      });
    } catch (err) {
      if (isUsernameClash(err)) throw usernameTaken(dto.username);
      throw err;
    }
  }

  async update(ctx: RequestContext, id: string, dto: UpdatePersonDto): Promise<AdminPerson> {
    const ws = ctx.user.workspaceId;
    return this.dataSource.transaction(async (m) => {
      const before = await this.people.get(m, ws, id, true);
      if (!before) throw personNotFound();
      if (before.version !== dto.version) throw personConflict(before);
      const role = dto.role ?? before.role;
      const active = dto.active ?? before.active;
      if (id === ctx.user.id && (!active || role !== 'admin')) throw selfLockout();
      const write = await this.check(
        m,
        ws,
        {
          displayName: dto.displayName ?? before.displayName,
          role,
          unitId: dto.unitId ?? before.unitId,
          // a region limit belongs to viewers: it goes when the role changes
          regionScope:
            dto.regionScope !== undefined ? dto.regionScope : role === 'viewer' ? before.regionScope : null,
          active,
        },
        dto.unitId === undefined ? before.unitId : null,
      );
      await this.people.update(m, ws, id, write);
      if (!write.active) await this.people.deleteSessions(m, id);
      const after = (await this.people.get(m, ws, id)) as AdminPerson;
      const action =
        before.active === after.active
          ? 'person.update'
          : after.active
            ? 'person.activate'
            : 'person.deactivate';
      await this.audit.record(m, actorOf(ctx), { action, entity: 'person', entityId: id, before, after });
      return after;
    });
  }

  async resetPassword(ctx: RequestContext, id: string, password: string): Promise<void> {
    const ws = ctx.user.workspaceId;
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (m) => {
      const person = await this.people.get(m, ws, id, true);
      if (!person) throw personNotFound();
      await this.people.setPassword(m, ws, id, passwordHash);
      const sessionsEnded = await this.people.deleteSessions(m, id);
      // never the password or its hash
      await this.audit.record(m, actorOf(ctx), {
        action: 'person.reset_password',
        entity: 'person',
        entityId: id,
        after: { sessionsEnded },
      });
    });
  }

  // keepUnitId: the person's current unit may stay even if it has since been deactivated.
  private async check(
    m: EntityManager,
    ws: string,
    w: PersonWrite,
    keepUnitId: string | null = null,
  ): Promise<PersonWrite> {
    const displayName = w.displayName.trim();
    if (!displayName) throw personInvalid('displayName', '姓名不能为空', 'must not be blank');
    if (w.unitId !== keepUnitId && !(await this.people.unitActive(m, ws, w.unitId)))
      throw personInvalid('unitId', '单位不存在或已停用', 'no such active unit');
    if (w.regionScope !== null) {
      if (w.role !== 'viewer')
        throw personInvalid(
          'regionScope',
          '只有只读用户可以限定地区',
          'only viewers can be limited to a region',
        );
      if (!(await this.people.regionExists(m, w.regionScope)))
        throw personInvalid('regionScope', '地区代码不存在', 'no such region code');
    }
    return { ...w, displayName };
  }
}
