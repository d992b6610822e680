import t from 'tap'
import { addressEntryProblem, addressMatcher } from '../../../services/kernel/address-list.ts'

t.test('entries: one address or a CIDR range, IPv4 or IPv6', async (t) => {
  for (const good of ['10.0.0.0/8', '192.0.2.7', '2001:db8::/32', '::1', '0.0.0.0/0']) t.equal(addressEntryProblem(good), null, good)
  for (const bad of ['10.0.0.0/33', '2001:db8::/129', '10.0.0.0/x', '10.0.0.0/8/9', 'example.org', '10.0.0', '']) t.ok(addressEntryProblem(bad), JSON.stringify(bad))
})

t.test('matching: ranges, single addresses, IPv4 seen through a dual-stack socket', async (t) => {
  const trusted = addressMatcher(['10.20.0.0/16', '192.0.2.7', '2001:db8::/32'])
  t.ok(trusted('10.20.255.1'))
  t.ok(trusted('::ffff:10.20.0.9'))
  t.ok(trusted('192.0.2.7'))
  t.ok(trusted('2001:db8::42'))
  for (const outside of ['10.21.0.1', '192.0.2.8', '2001:db9::1', '::ffff:10.21.0.1', 'not-an-address', undefined]) t.notOk(trusted(outside), String(outside))
  t.notOk(addressMatcher([])('10.20.0.1'), 'an empty list trusts no one')
})
