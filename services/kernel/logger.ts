import { createRequire } from 'node:module'
import pino, { type DestinationStream, type Logger } from 'pino'
import type PinoPretty from 'pino-pretty'

export type LogFormat = 'json' | 'pretty'

/** JSON for collectors, readable lines for a person at a terminal. */
export function defaultLogFormat(stdoutIsTerminal: boolean | undefined = process.stdout.isTTY): LogFormat {
  return stdoutIsTerminal ? 'pretty' : 'json'
}

/**
 * One line per entry: the time, level, service and message, then the fields. Loaded only when
 * asked for, so a service logging JSON never loads it.
 */
function prettyStream(): DestinationStream {
  const pretty = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty
  return pretty({ destination: 1, sync: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service', messageFormat: '{service} › {msg}', singleLine: true })
}

/** A request target longer than this is clipped in log lines: the path itself is the attacker's to size. */
export const LOGGED_URL_LENGTH = 2048

export function clipUrl(url: string): string {
  return url.length <= LOGGED_URL_LENGTH ? url : `${url.slice(0, LOGGED_URL_LENGTH)}…[${url.length - LOGGED_URL_LENGTH} more characters]`
}

interface LoggedRequest {
  method?: string
  url?: string
  host?: string
  ip?: string
  headers?: Record<string, unknown>
  socket?: { remotePort?: number }
}

/** Fastify's request fields, with the URL clipped so a 10,000-character path cannot make a 10 kB line. */
const serializers = {
  req: (request: LoggedRequest) => ({
    method: request.method,
    url: typeof request.url === 'string' ? clipUrl(request.url) : request.url,
    version: request.headers?.['accept-version'],
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  }),
}

/**
 * Logs on stdout, as JSON lines with ISO timestamps (or, at a terminal, readable lines); credentials
 * never reach a log line. Lines are written synchronously: none is lost when the process ends, and
 * a process whose log reader has gone (a dead supervisor, a lost collector) still exits, where
 * pino's buffered mode retries the final flush into the broken pipe forever. Tests pass their own
 * destination.
 */
export function createLogger(service: string, level: string, format: LogFormat = 'json', destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers,
      redact: { paths: ['req.headers.authorization', 'headers.authorization', '*.password', 'databaseUrl'], censor: '[redacted]' },
    },
    destination ?? (format === 'pretty' ? prettyStream() : pino.destination({ dest: 1, sync: true })),
  )
}
