import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CookieOptions, Response } from 'express';
import type { Me } from '@plan/contracts';
import { AppRequest, contextOf, Ctx, Public, type RequestContext } from '../../common/request-context';
import { appConfig, type AppConfig, SESSION_COOKIE } from '../../config/app.config';
import { AuthService } from './auth.service';
import { LoginDto, UpdateMeDto } from './dto/login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Logged in; sets an httpOnly session cookie' })
  async login(
    @Body() dto: LoginDto,
    @Req() req: AppRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Me> {
    const { token, expiresAt, me } = await this.auth.login(dto.username, dto.password, {
      ip: req.ip ?? null,
      userAgent: req.headers['user-agent'] ?? null,
      requestId: contextOf(req).requestId,
    });
    res.cookie(SESSION_COOKIE, token, { ...this.cookieOptions(req), expires: expiresAt });
    return me;
  }

  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth()
  async logout(
    @Ctx() ctx: RequestContext,
    @Req() req: AppRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.auth.logout(ctx);
    res.clearCookie(SESSION_COOKIE, this.cookieOptions(req));
  }

  @Get('me')
  @ApiCookieAuth()
  me(@Ctx() ctx: RequestContext): Promise<Me> {
    return this.auth.me(ctx.user.id);
  }

  @Patch('me')
  @ApiCookieAuth()
  updateMe(@Ctx() ctx: RequestContext, @Body() dto: UpdateMeDto): Promise<Me> {
    return this.auth.updateLocale(ctx, dto.locale);
  }

  private cookieOptions(req: AppRequest): CookieOptions {
    const secure =
      this.config.cookieSecure === 'always' || (this.config.cookieSecure === 'auto' && req.secure);
    return { httpOnly: true, sameSite: 'lax', secure, path: '/' };
  }
}
