import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../../common/request-context';
import { ReferenceRepository } from './reference.repository';

class UnitsQuery {
  @ApiPropertyOptional({ example: '440000' })
  @IsOptional()
  @Matches(/^\d{6}$/)
  region?: string;
}

class PeopleQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all')
  unit?: string;
}

@ApiTags('reference')
@ApiCookieAuth()
@Controller()
export class ReferenceController {
  constructor(private readonly reference: ReferenceRepository) {}

  @Get('measures')
  measures(@Ctx() ctx: RequestContext) {
    return this.reference.measures(ctx.user.workspaceId);
  }

  @Get('regions')
  regions() {
    return this.reference.regions();
  }

  @Get('sectors')
  sectors() {
    return this.reference.sectors();
  }

  @Get('units')
  units(@Ctx() ctx: RequestContext, @Query() q: UnitsQuery) {
    return this.reference.units(ctx.user.workspaceId, q.region);
  }

  @Get('people')
  people(@Ctx() ctx: RequestContext, @Query() q: PeopleQuery) {
    return this.reference.people(ctx.user.workspaceId, q.unit);
  }
}
