import { Module } from '@nestjs/common';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '#configuration';
import { AccessTokenVerifier } from './access-token-verifier.js';
import { PeopleByIdentity } from './people-by-identity.js';

/** Injection token of the AccessTokenVerifier, or null when no identity provider is configured. */
export const ACCESS_TOKEN_VERIFIER = 'accord:access-token-verifier';

@Module({
  providers: [
    PeopleByIdentity,
    {
      provide: ACCESS_TOKEN_VERIFIER,
      inject: [ACCORD_CONFIGURATION],
      useFactory: (config: AccordConfiguration): AccessTokenVerifier | null =>
        config.identity ? new AccessTokenVerifier({ issuerUrl: config.identity.issuerUrl, audience: config.identity.audience }) : null,
    },
  ],
  exports: [PeopleByIdentity, ACCESS_TOKEN_VERIFIER],
})
export class IdentityModule {}
