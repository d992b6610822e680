import pino, { type Logger } from 'pino'

/**
 * JSON logs on stdout, ISO timestamps; credentials never reach a log line. Lines are written
 * synchronously: none is lost when the process ends, and a process whose log reader has gone (a
 * dead supervisor, a lost collector) still exits, where pino's buffered mode retries the final
 * flush into the broken pipe forever.
 */
export function createLogger(service: string, level: string): Logger {
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['req.headers.authorization', 'headers.authorization', '*.password', 'databaseUrl'], censor: '[redacted]' },
    },
    pino.destination({ dest: 1, sync: true }),
  )
}
