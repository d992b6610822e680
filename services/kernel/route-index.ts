/**
 * Which methods a path answers to, so an unknown method on a known path is a 405 with `Allow`
 * (as the GovStack messaging tests expect) rather than a 404.
 */
export class RouteIndex {
  readonly #routes: { pattern: RegExp; methods: Set<string> }[] = []

  add(url: string, methods: string | string[]): void {
    const source = url
      .split('/')
      .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/')
    const pattern = new RegExp(`^${source}/?$`)
    const existing = this.#routes.find((r) => r.pattern.source === pattern.source)
    const list = Array.isArray(methods) ? methods : [methods]
    if (existing) for (const method of list) existing.methods.add(method)
    else this.#routes.push({ pattern, methods: new Set(list) })
  }

  allowedMethods(path: string): string[] {
    const methods = new Set<string>()
    for (const route of this.#routes) if (route.pattern.test(path)) for (const method of route.methods) methods.add(method)
    return [...methods].sort()
  }
}
