/**
 * Tells a database outage (no server, a restart, a failover, a terminated backend, a full
 * connection table) from a statement the database refused. An outage is worth a retry later and is
 * answered 503; anything else is the service's or the client's fault.
 */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])
/** admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections; class 08 is added below. */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300'])
/** pg words a dropped or never-made connection without a code. */
const DRIVER_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable)/

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false
  const { code, message, cause, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown }
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true
  if (typeof message === 'string' && DRIVER_MESSAGES.test(message)) return true
  // Node reports a refused connection to every address of a name as an AggregateError.
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true
  return isDatabaseUnavailable(cause, depth + 1)
}
