import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { ProblemError } from './problem.ts'
import { kernelProblems } from './problems.ts'

const UTF8_NAMES = new Set(['utf-8', 'utf8'])

function declaredCharset(contentType: string | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]*)"?/i.exec(contentType ?? '')
  return match ? match[1]!.toLowerCase() : null
}

/**
 * JSON text is UTF-8 (RFC 8259, and GovStack's UTF-8-only rule), and a body is read as exactly
 * that or refused: another declared charset is a 415, bytes that are not UTF-8 are a 400. Fastify's
 * own parser would decode any body as UTF-8 whatever it declares, turning what it cannot read into
 * U+FFFD and storing text other than what was sent. Parsing itself stays Fastify's, with its
 * prototype-poisoning protection.
 */
export const utf8Json = fp(
  async (app: FastifyInstance) => {
    const parseJson = app.getDefaultJsonParser('error', 'error')
    const decoder = new TextDecoder('utf-8', { fatal: true })
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
      // Many clients label every POST as JSON: an operation that takes no body accepts an empty one.
      if ((body as Buffer).length === 0 && request.routeOptions.schema?.body === undefined) {
        done(null, undefined)
        return
      }
      const charset = declaredCharset(request.headers['content-type'])
      if (charset !== null && !UTF8_NAMES.has(charset)) {
        done(new ProblemError(kernelProblems.UNSUPPORTED_MEDIA_TYPE, `JSON bodies are read as UTF-8 only, not as charset=${charset.slice(0, 40)}; send UTF-8.`), undefined)
        return
      }
      let text: string
      try {
        text = decoder.decode(body as Buffer)
      } catch {
        done(new ProblemError(kernelProblems.MALFORMED_JSON, 'The request body is not valid UTF-8.'), undefined)
        return
      }
      parseJson(request, text, done)
    })
  },
  { name: 'utf8-json' },
)
