import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isPrivateAddress } from './private-address.ts';

describe('isPrivateAddress', () => {
  it('flags loopback, private, link-local, CGNAT and metadata IPv4 addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0']) {
      assert.equal(isPrivateAddress(a), true, a);
    }
  });

  it('flags loopback, unique-local, link-local and IPv4-mapped private IPv6 addresses', () => {
    for (const a of ['::1', 'fd00::1', 'fe80::1%eth0', '::ffff:127.0.0.1', '::ffff:a9fe:a9fe', '::']) {
      assert.equal(isPrivateAddress(a), true, a);
    }
  });

  it('lets public addresses through', () => {
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
      assert.equal(isPrivateAddress(a), false, a);
    }
  });

  it('treats anything that is not an IP address as private', () => {
    assert.equal(isPrivateAddress('example.org'), true);
  });
});
