import { Module } from '@nestjs/common';
import { ReferenceController } from './reference.controller';
import { ReferenceRepository } from './reference.repository';

@Module({
  controllers: [ReferenceController],
  providers: [ReferenceRepository],
  exports: [ReferenceRepository],
})
export class ReferenceModule {}
