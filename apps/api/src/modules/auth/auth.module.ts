import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { PolicyGuard } from '../access/policy.guard';
import { ScopeInterceptor } from '../access/scope.interceptor';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginGuesses } from './login-guesses';
import { SessionsRepository } from './sessions.repository';

// Login attempts per client address per minute (LOGIN_RATE_LIMIT).
const loginRateLimit = () => Number(process.env.LOGIN_RATE_LIMIT) || 20;

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      useFactory: () => [{ ttl: 60_000, limit: loginRateLimit() }],
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionsRepository,
    LoginGuesses,
    // In this order: who is calling (and the CSRF token), then may they call this route.
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: PolicyGuard },
    { provide: APP_INTERCEPTOR, useClass: ScopeInterceptor },
  ],
  exports: [SessionsRepository],
})
export class AuthModule {}
