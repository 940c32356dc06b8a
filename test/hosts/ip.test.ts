import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIPv6, parseIp, parseIPv4, parseIPv6 } from '../../server/src/hosts/ip.js';

const table: [string, string | undefined, string | undefined, string | undefined][] = [
  // text, canonical, spelling, range
  ['169.254.169.254', '169.254.169.254', undefined, 'link-local'],
  ['2852039166', '169.254.169.254', 'decimal', 'link-local'],
  ['0xA9FEA9FE', '169.254.169.254', 'hex', 'link-local'],
  ['0xa9.0xfe.0xa9.0xfe', '169.254.169.254', 'hex', 'link-local'],
  ['0251.0376.0251.0376', '169.254.169.254', 'octal', 'link-local'],
  ['169.254.43518', '169.254.169.254', 'shortened', 'link-local'],
  ['0xa9.254.0251.254', '169.254.169.254', 'mixed-radix', 'link-local'],
  ['425.510.425.510', '169.254.169.254', 'overflowed', 'link-local'],
  ['127.1', '127.0.0.1', 'shortened', 'loopback'],
  ['10.0.0.1', '10.0.0.1', undefined, 'private'],
  ['172.31.255.255', '172.31.255.255', undefined, 'private'],
  ['172.32.0.1', '172.32.0.1', undefined, 'public'],
  ['192.168.1.1', '192.168.1.1', undefined, 'private'],
  ['100.100.100.200', '100.100.100.200', undefined, 'shared'],
  ['192.0.0.192', '192.0.0.192', undefined, 'reserved'],
  ['0.0.0.0', '0.0.0.0', undefined, 'unspecified'],
  ['8.8.8.8', '8.8.8.8', undefined, 'public'],
  ['::1', '::1', undefined, 'loopback'],
  ['0:0:0:0:0:0:0:1', '::1', 'non-canonical IPv6', 'loopback'],
  ['fd00:ec2::254', 'fd00:ec2::254', undefined, 'private'],
  ['FE80::1%eth0', 'fe80::1', 'non-canonical IPv6', 'link-local'],
  ['::ffff:169.254.169.254', '::ffff:a9fe:a9fe', 'non-canonical IPv6', 'link-local'],
  ['::ffff:a9fe:a9fe', '::ffff:a9fe:a9fe', undefined, 'link-local'],
  ['2001:db8::1', '2001:db8::1', undefined, 'reserved'],
  ['2606:4700::1111', '2606:4700::1111', undefined, 'public'],
  // not IP literals
  ['example.com', undefined, undefined, undefined],
  ['1.2.3.4.5', undefined, undefined, undefined],
  ['09.1.1.1', undefined, undefined, undefined],
  ['0xg1', undefined, undefined, undefined],
  ['1.2.3.com', undefined, undefined, undefined],
  ['4294967296', '0.0.0.0', 'overflowed', 'unspecified'],
  ['1:2:3', undefined, undefined, undefined],
  ['1::2::3', undefined, undefined, undefined],
  ['12345::1', undefined, undefined, undefined],
  ['', undefined, undefined, undefined],
];

for (const [text, canonical, spelling, range] of table) {
  test(`parseIp ${JSON.stringify(text)}`, () => {
    const ip = parseIp(text);
    assert.equal(ip?.canonical, canonical);
    if (canonical) {
      assert.equal(ip?.spelling, spelling);
      assert.equal(ip?.range, range);
    }
  });
}

test('IPv4-mapped IPv6 names the embedded address', () => {
  assert.equal(parseIp('::ffff:169.254.169.254')?.embeddedV4, '169.254.169.254');
  assert.match(parseIp('::ffff:10.0.0.1')!.rangeName, /10\.0\.0\.1 \(private 10\.0\.0\.0\/8\)/);
});

test('RFC 5952 formatting: the longest zero run, first on ties, never a single group', () => {
  assert.equal(formatIPv6(parseIPv6('2001:db8:0:0:1:0:0:1')!), '2001:db8::1:0:0:1');
  assert.equal(formatIPv6(parseIPv6('2001:0:0:1:0:0:0:1')!), '2001:0:0:1::1');
  assert.equal(formatIPv6(parseIPv6('2001:db8:0:1:1:1:1:1')!), '2001:db8:0:1:1:1:1:1');
  assert.equal(formatIPv6([0, 0, 0, 0, 0, 0, 0, 0]), '::');
});

test('hostile input is rejected quickly, not parsed', () => {
  assert.equal(parseIPv4('1'.repeat(100000)), undefined);
  assert.equal(parseIPv6(':'.repeat(100000)), undefined);
  assert.equal(parseIp('0x'.repeat(50000)), undefined);
});
