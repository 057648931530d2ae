import { verifiedEmailOf } from './verified-identity.js';

describe('the email a token proves', () => {
  it('is the email, in lower case, when the provider says it verified it', () => {
    expect(verifiedEmailOf({ email: 'Jane.Smith@Hants.gov.uk', email_verified: true })).toBe('jane.smith@hants.gov.uk');
    expect(verifiedEmailOf({ email: 'jane@hants.gov.uk', xms_edov: true })).toBe('jane@hants.gov.uk');
  });

  it('is nothing when the email is unverified, missing or not an address', () => {
    expect(verifiedEmailOf({ email: 'jane@hants.gov.uk' })).toBeUndefined();
    expect(verifiedEmailOf({ email: 'jane@hants.gov.uk', email_verified: 'true' })).toBeUndefined();
    expect(verifiedEmailOf({ email_verified: true })).toBeUndefined();
    expect(verifiedEmailOf({ email: 'not an address', email_verified: true })).toBeUndefined();
  });
});
