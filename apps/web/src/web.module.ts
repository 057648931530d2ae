import { type DynamicModule, Module } from '@nestjs/common';
import type { WebConfiguration } from '#configuration';
import { HealthController } from './health/health.controller.js';
import { HomeController } from './home/home.controller.js';
import { IdentityProvider } from './sign-in/identity-provider.js';
import { SignInController } from './sign-in/sign-in.controller.js';
import { WEB_CONFIGURATION } from './web-configuration.token.js';
import { WorkforcePagesModule } from './workforce/workforce-pages.module.js';

/**
 * The web pages. A page is a controller (and its templates) in its own folder, listed here or in
 * a module imported here; its handlers get the person with @SignedInPerson().
 */
@Module({})
export class WebModule {
  static forRoot(config: WebConfiguration, pages: DynamicModule['imports'] = []): DynamicModule {
    return {
      module: WebModule,
      global: true,
      imports: [WorkforcePagesModule, ...(pages ?? [])],
      providers: [{ provide: WEB_CONFIGURATION, useValue: config }, IdentityProvider],
      exports: [WEB_CONFIGURATION, IdentityProvider],
      controllers: [HealthController, SignInController, HomeController],
    };
  }
}
