import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AdminUnit } from '@plan/contracts';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../../common/request-context';
import { CreateUnitDto, UpdateUnitDto } from './dto/unit.dto';
import { UnitsService } from './units.service';

// Listing units is GET /api/units in the reference module (everyone reads them); writes are here.
@ApiTags('admin')
@ApiCookieAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Post()
  @ApiOperation({ summary: 'Create a unit' })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateUnitDto): Promise<AdminUnit> {
    return this.units.create(ctx, dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename, move, (de)activate a unit' })
  @ApiConflictResponse({ description: 'Stale version: details.current is the unit as it is now' })
  update(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateUnitDto,
  ): Promise<AdminUnit> {
    return this.units.update(ctx, id, dto);
  }
}
