import { Module } from '@nestjs/common';
import { AccessModule } from '#access';
import { IdentityModule } from '#identity';
import { BearerAuthentication } from './bearer-authentication.js';
import { CredentialCache } from './credential-cache.js';
import { CredentialChangeListener } from './credential-change-listener.js';

/** Who a request is, for the API and the decision pages alike: one cache and one listener per process. */
@Module({
  imports: [AccessModule, IdentityModule],
  providers: [BearerAuthentication, CredentialCache, CredentialChangeListener],
  exports: [BearerAuthentication, CredentialCache, CredentialChangeListener],
})
export class AuthenticationModule {}
