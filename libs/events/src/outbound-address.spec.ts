import { mayReach, RefusedDestinationError, vetDestination } from './outbound-address.js';

describe('where a webhook may go', () => {
  it.each([
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    'fe80::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:10.0.0.1',
  ])('never reaches %s', (address) => {
    expect(mayReach(address, true)).toBe(false);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('reaches the public address %s', (address) => {
    expect(mayReach(address, false)).toBe(true);
  });

  it.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])('reaches loopback %s only when the operator allows it', (address) => {
    expect(mayReach(address, false)).toBe(false);
    expect(mayReach(address, true)).toBe(true);
  });

  it.each([
    ['a scheme other than http(s)', 'ftp://93.184.215.14/hook'],
    ['credentials in the URL', 'https://user:secret@93.184.215.14/hook'],
    ['a literal private address', 'https://10.0.0.1/hook'],
    ['a literal IPv6 link-local address', 'http://[fe80::1]/hook'],
  ])('refuses %s before connecting', async (_what, url) => {
    await expect(vetDestination(url, true)).rejects.toBeInstanceOf(RefusedDestinationError);
  });

  it('connects to the very address it checked', async () => {
    await expect(vetDestination('https://93.184.215.14:8443/hook?x=1', false)).resolves.toMatchObject({
      address: '93.184.215.14',
      family: 4,
    });
  });
});
