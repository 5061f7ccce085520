import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CookieOptions, Response } from 'express';
import type { Me } from '@plan/contracts';
import { AppRequest, contextOf, Ctx, type RequestContext } from '../../common/request-context';
import { appConfig, type AppConfig, SESSION_COOKIE } from '../../config/app.config';
import { AuthService } from './auth.service';
import { LoginDto, UpdateMeDto } from './dto/login.dto';
import { ChangePasswordDto } from './dto/password.dto';

const sessionToken = (req: AppRequest): string => String(req.cookies?.[SESSION_COOKIE] ?? '');

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  // Per client address, on top of the per-account lockout.
  @UseGuards(ThrottlerGuard)
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

  @Post('logout-everywhere')
  @HttpCode(200)
  @ApiCookieAuth()
  @ApiOkResponse({ description: 'Ends every session of the caller, on every device' })
  async logoutEverywhere(
    @Ctx() ctx: RequestContext,
    @Req() req: AppRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ sessionsEnded: number }> {
    const result = await this.auth.logoutEverywhere(ctx);
    res.clearCookie(SESSION_COOKIE, this.cookieOptions(req));
    return result;
  }

  @Post('password')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiOkResponse({ description: "Changes the caller's password; their other sessions end" })
  changePassword(@Ctx() ctx: RequestContext, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(ctx, dto.currentPassword, dto.newPassword);
  }

  @Get('me')
  @ApiCookieAuth()
  me(@Ctx() ctx: RequestContext, @Req() req: AppRequest): Promise<Me> {
    return this.auth.me(ctx.user.id, sessionToken(req));
  }

  @Patch('me')
  @ApiCookieAuth()
  updateMe(@Ctx() ctx: RequestContext, @Body() dto: UpdateMeDto, @Req() req: AppRequest): Promise<Me> {
    return this.auth.updateLocale(ctx, dto.locale, sessionToken(req));
  }

  private cookieOptions(req: AppRequest): CookieOptions {
    const secure =
      this.config.cookieSecure === 'always' || (this.config.cookieSecure === 'auto' && req.secure);
    return { httpOnly: true, sameSite: 'lax', secure, path: '/' };
  }
}
