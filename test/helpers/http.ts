import type { FastifyInstance, LightMyRequestResponse } from 'fastify'

/** A request with an optional bearer token: `token` is the whole header value (`Bearer …`). */
export type Call<Response> = (method: string, url: string, token: string | null, body?: unknown, headers?: Record<string, string>) => Promise<Response>

function headersWith(token: string | null, headers: Record<string, string>): Record<string, string> {
  return { ...(token ? { authorization: token } : {}), ...headers }
}

/** Calls a service in process, as the route tests do. */
export function injector(app: FastifyInstance): Call<LightMyRequestResponse> {
  return (method, url, token, body, headers = {}) =>
    app.inject({ method: method as 'GET', url, headers: headersWith(token, headers), ...(body === undefined ? {} : { payload: body as object }) })
}

export interface HttpAnswer {
  status: number
  headers: Headers
  /** Parsed JSON when the answer is JSON, else the text; null when empty. */
  body: any
}

/** Calls a running service over a real connection, as the end-to-end tests do. */
export const overHttp: Call<HttpAnswer> = async (method, url, token, body, headers = {}) => {
  const response = await fetch(url, {
    method,
    headers: { ...headersWith(token, headers), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  const isJson = /json/.test(response.headers.get('content-type') ?? '')
  return { status: response.status, headers: response.headers, body: text === '' ? null : isJson ? JSON.parse(text) : text }
}
