import { Module } from '@nestjs/common';
import { DashboardModule } from '../dashboard/dashboard.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { BriefingController } from './briefing.controller';
import { BriefingRepository } from './briefing.repository';
import { BriefingService } from './briefing.service';
import { CJK_FONT_CANDIDATES, DEFAULT_CJK_FONT_CANDIDATES } from './cjk-font';

@Module({
  imports: [MeetingsModule, DashboardModule],
  controllers: [BriefingController],
  providers: [
    BriefingService,
    BriefingRepository,
    { provide: CJK_FONT_CANDIDATES, useValue: DEFAULT_CJK_FONT_CANDIDATES },
  ],
})
export class BriefingModule {}
