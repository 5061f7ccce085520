import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @ApiOkResponse({ description: '{"status":"ok"} when the database answers' })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer' })
  async check(@Res() res: Response): Promise<void> {
    try {
      const result = await this.health.check([() => this.db.pingCheck('database', { timeout: 2000 })]);
      res.status(200).json({ ...result, uptimeSeconds: Math.round(process.uptime()) });
    } catch (e) {
      const details = (e as { response?: { details?: unknown } }).response?.details;
      res.status(503).setHeader('Retry-After', '5').json({
        status: 'error',
        statusCode: 503,
        code: 'DATABASE_UNAVAILABLE',
        message: '数据库暂时不可用 / The database is unavailable',
        details,
      });
    }
  }

  // Liveness: the process answers; says nothing about the database.
  @Get('live')
  live(@Res() res: Response): void {
    res.status(200).json({ status: 'ok' });
  }
}
