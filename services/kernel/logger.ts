import pino, { type Logger } from 'pino'

/** JSON logs on stdout, ISO timestamps; credentials never reach a log line. */
export function createLogger(service: string, level: string): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', 'headers.authorization', '*.password', 'databaseUrl'], censor: '[redacted]' },
  })
}
