import { BlockList, isIP } from 'node:net'

/** `10.0.0.0/8`, `192.0.2.7`, `2001:db8::/32`: one address or a CIDR range. */
export function addressEntryProblem(entry: string): string | null {
  const [address, prefix, extra] = entry.split('/')
  const family = isIP(address ?? '')
  if (family === 0 || extra !== undefined) return `"${entry}" is not an address or CIDR range`
  if (prefix === undefined) return null
  const bits = Number(prefix)
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128) ? null : `"${entry}" has a bad prefix length`
}

/** An IPv4 client seen through a dual-stack socket arrives as `::ffff:a.b.c.d`. */
function unmapped(address: string): string {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1]
  return v4 ?? address
}

/** Whether an address falls in one of the entries (validated beforehand by addressEntryProblem). */
export function addressMatcher(entries: readonly string[]): (address: string | undefined) => boolean {
  const list = new BlockList()
  for (const entry of entries) {
    const [address, prefix] = entry.split('/') as [string, string | undefined]
    const type = isIP(address) === 4 ? 'ipv4' : 'ipv6'
    if (prefix === undefined) list.addAddress(address, type)
    else list.addSubnet(address, Number(prefix), type)
  }
  return (address) => {
    if (!address || entries.length === 0) return false
    const plain = unmapped(address)
    const family = isIP(plain)
    return family !== 0 && list.check(plain, family === 4 ? 'ipv4' : 'ipv6')
  }
}
