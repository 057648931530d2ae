import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAuditEvent } from '#audit';
import type { Principal } from '#domain';
import { PrincipalEntity } from '#persistence';
import { PersonRefused } from './person-refused.js';
import type { VerifiedIdentity } from './verified-identity.js';

/** Writing the last sign-in on every request would turn each read into a write; once a minute is enough. */
const LAST_SIGN_IN_RESOLUTION_MS = 60_000;

/**
 * The principal a verified identity stands for. Accord keeps who may do what; the provider only
 * proves who the person is. A subject seen before finds its principal; a first sign-in finds the
 * person an admin invited by the email the provider vouches for, and binds the subject to them.
 * There is no self-registration.
 */
@Injectable()
export class PeopleByIdentity {
  constructor(private readonly dataSource: DataSource) {}

  async principalFor(identity: VerifiedIdentity): Promise<Principal> {
    const people = this.dataSource.getRepository(PrincipalEntity);
    const known = await this.knownPerson(identity);
    const person =
      known ??
      (await this.dataSource.transaction((manager) => this.bindInvitedPerson(manager, identity))) ??
      // Two first requests at once: the other one bound the subject.
      (await people.findOneBy({ issuer: identity.issuer, subject: identity.subject }));
    if (!person) throw new PersonRefused(await this.whyUnknown(identity));
    if (person.disabledAt) throw new PersonRefused('your access to Accord has been disabled; ask an administrator');
    if (!known && (!person.lastSignedInAt || Date.now() - person.lastSignedInAt.getTime() > LAST_SIGN_IN_RESOLUTION_MS)) {
      await people.update({ id: person.id }, { lastSignedInAt: new Date() });
    }
    return {
      id: person.id,
      name: person.name,
      role: person.role,
      councilCode: person.councilCode,
      scopes: [],
      authenticatedBy: `access_token ${identity.issuer}`,
    };
  }

  /**
   * A person seen before, and at most once a minute the note that they signed in, in one round
   * trip: the common case of every request with an access token.
   */
  private async knownPerson(
    identity: VerifiedIdentity,
  ): Promise<Pick<PrincipalEntity, 'id' | 'name' | 'role' | 'councilCode' | 'disabledAt' | 'lastSignedInAt'> | undefined> {
    const [person] = (await this.dataSource.query(
      `WITH found AS (
         SELECT id, name, role, council_code AS "councilCode", disabled_at AS "disabledAt", last_signed_in_at AS "lastSignedInAt"
         FROM principal WHERE issuer = $1 AND subject = $2
       ), signed_in AS (
         UPDATE principal SET last_signed_in_at = now() FROM found
         WHERE principal.id = found.id AND found."disabledAt" IS NULL
           AND (found."lastSignedInAt" IS NULL OR found."lastSignedInAt" < now() - make_interval(secs => $3))
       )
       SELECT * FROM found`,
      [identity.issuer, identity.subject, LAST_SIGN_IN_RESOLUTION_MS / 1000],
    )) as PrincipalEntity[];
    return person;
  }

  /** One statement: of two first sign-ins at once, one binds and the other finds the bound row. */
  private async bindInvitedPerson(manager: EntityManager, identity: VerifiedIdentity): Promise<PrincipalEntity | undefined> {
    if (!identity.verifiedEmail) return undefined;
    const [rows] = (await manager.query(
      `UPDATE principal SET issuer = $1, subject = $2
       WHERE email = $3 AND kind = 'person' AND subject IS NULL AND disabled_at IS NULL
       RETURNING id`,
      [identity.issuer, identity.subject, identity.verifiedEmail],
    )) as [{ id: string }[], number];
    if (rows.length === 0) return undefined;
    const person = await manager.getRepository(PrincipalEntity).findOneByOrFail({ id: rows[0].id });
    await recordAuditEvent(manager, {
      actor: { principalId: person.id, name: person.name, role: person.role, councilCode: person.councilCode },
      action: 'principal.sign_in_bound',
      targetType: 'principal',
      targetId: person.id,
      targetCouncilCodes: person.councilCode ? [person.councilCode] : [],
      after: { issuer: identity.issuer, subject: identity.subject, email: identity.verifiedEmail },
    });
    return person;
  }

  private async whyUnknown(identity: VerifiedIdentity): Promise<string> {
    if (!identity.verifiedEmail) {
      return 'you are not known to Accord, and your identity provider did not vouch for an email address to find your invitation by';
    }
    const invited = await this.dataSource.getRepository(PrincipalEntity).findOneBy({ email: identity.verifiedEmail });
    if (invited?.disabledAt) return 'your access to Accord has been disabled; ask an administrator';
    if (invited?.subject) return `${identity.verifiedEmail} is already bound to another sign-in; ask an administrator`;
    return `${identity.verifiedEmail} has not been invited to Accord; ask an administrator to add you`;
  }
}
