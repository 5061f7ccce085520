import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AdminUnit } from '@plan/contracts';
import { RequestContext } from '../../common/request-context';
import { actorOf } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { CreateUnitDto, UpdateUnitDto } from './dto/unit.dto';
import { unitCodeTaken, unitConflict, unitInvalid, unitNotFound } from './units.exception';
import { UnitsRepository, type UnitWrite } from './units.repository';

@Injectable()
export class UnitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly units: UnitsRepository,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: RequestContext, dto: CreateUnitDto): Promise<AdminUnit> {
    const ws = ctx.user.workspaceId;
    return this.dataSource.transaction(async (m) => {
      const write = await this.check(m, {
        code: dto.code ?? `u-${randomBytes(4).toString('hex')}`,
        nameZh: dto.nameZh,
        nameEn: dto.nameEn,
        regionCode: dto.regionCode,
        level: dto.level,
        active: dto.active ?? true,
      });
      if (await this.units.codeTaken(m, ws, write.code)) throw unitCodeTaken(write.code);
      const id = await this.units.insert(m, ws, write);
      const created = (await this.units.get(m, ws, id)) as AdminUnit;
      await this.audit.record(m, actorOf(ctx), {
        action: 'unit.create',
        entity: 'unit',
        entityId: id,
        after: created,
      });
      return created;
    });
  }

  async update(ctx: RequestContext, id: string, dto: UpdateUnitDto): Promise<AdminUnit> {
    const ws = ctx.user.workspaceId;
    return this.dataSource.transaction(async (m) => {
      const before = await this.units.get(m, ws, id, true);
      if (!before) throw unitNotFound();
      if (before.version !== dto.version) throw unitConflict(before);
      const write = await this.check(m, {
        code: before.code,
        nameZh: dto.nameZh ?? before.nameZh,
        nameEn: dto.nameEn ?? before.nameEn,
        regionCode: dto.regionCode ?? before.regionCode,
        level: dto.level ?? before.level,
        active: dto.active ?? before.active,
      });
      await this.units.update(m, ws, id, write);
      const after = (await this.units.get(m, ws, id)) as AdminUnit;
      const action =
        before.active === after.active ? 'unit.update' : after.active ? 'unit.activate' : 'unit.deactivate';
      await this.audit.record(m, actorOf(ctx), { action, entity: 'unit', entityId: id, before, after });
      return after;
    });
  }

  private async check(m: EntityManager, w: UnitWrite): Promise<UnitWrite> {
    const nameZh = w.nameZh.trim();
    const nameEn = w.nameEn.trim();
    if (!nameZh) throw unitInvalid('nameZh', '名称不能为空', 'must not be blank');
    if (!nameEn) throw unitInvalid('nameEn', '名称不能为空', 'must not be blank');
    if (!(await this.units.regionExists(m, w.regionCode)))
      throw unitInvalid('regionCode', '地区代码不存在', 'no such region code');
    return { ...w, nameZh, nameEn };
  }
}
