import { Body, Controller, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AdminPerson } from '@plan/contracts';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { Ctx, type RequestContext } from '../../common/request-context';
import { CreatePersonDto, PasswordDto, UpdatePersonDto } from './dto/person.dto';
import { PeopleService } from './people.service';

// Listing people is GET /api/people in the reference module; writes are here.
@ApiTags('admin')
@ApiCookieAuth()
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Post()
  @ApiOperation({ summary: 'Create a login: username, name, role, unit, initial password' })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreatePersonDto): Promise<AdminPerson> {
    return this.people.create(ctx, dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change name, role, unit, region limit; deactivate or reactivate' })
  @ApiConflictResponse({ description: 'Stale version (details.current), or an admin changing themself' })
  update(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdatePersonDto,
  ): Promise<AdminPerson> {
    return this.people.update(ctx, id, dto);
  }

  @Post(':id/reset-password')
  @HttpCode(204)
  @ApiOperation({ summary: "Set a new password; all of the person's sessions end" })
  async resetPassword(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: PasswordDto,
  ): Promise<void> {
    await this.people.resetPassword(ctx, id, dto.password);
  }
}
