import { Global, Module } from '@nestjs/common';
import { ResourceRepository } from './resource.repository';

@Global()
@Module({ providers: [ResourceRepository], exports: [ResourceRepository] })
export class AccessModule {}
