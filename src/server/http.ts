/**
 * How the API answers when something is wrong: every error is `{"error": "<what is wrong>"}`
 * with a 4xx status (or a worded 503 when the server cannot answer for now, ApiError), and an unexpected failure is a 500 that says only that (the details go to
 * the log, never to the client). Also reads a request part through a protocol schema.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type * as z from 'zod/mini';
import { checkValue } from '../online/protocol';

/**
 * An error the client gets worded: one it caused (4xx), or the server being unable to answer
 * for now (503, with the seconds to wait before trying again when known).
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly statusCode: number,
    message: string,
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** The value of a request part (body, query) if it fits the schema; else a 422 that says why. */
export function valid<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> {
  const checked = checkValue(schema, value);
  if (!checked.ok) throw new ApiError(422, checked.error);
  return checked.value;
}

/**
 * A query string's value if it fits the schema; else a 422 that says why. A name given twice
 * (`level=1&level=2`) arrives as a list, which the schema would call "not a string": it is said
 * as what it is.
 */
export function validQuery<S extends z.ZodMiniType>(schema: S, query: unknown): z.output<S> {
  const repeated = Object.entries(query ?? {}).find(([, value]) => Array.isArray(value));
  if (repeated) throw new ApiError(422, `${repeated[0]} is given more than once`);
  return valid(schema, query);
}

/** Fastify's own client errors, worded for people. */
const WORDS: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'the request body is too large (at most 64 KB)',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'the body must be JSON, sent as Content-Type: application/json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'the body is empty but says it is JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'the body is not valid JSON (or holds a __proto__ or constructor key)',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'the body is not as long as its Content-Length says',
};

function clientMessage(error: FastifyError): string {
  return WORDS[error.code] ?? error.message;
}

/** Installs the error and not-found handlers on the app. */
export function installErrorHandlers(app: FastifyInstance, notFound: (request: FastifyRequest) => string): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const status = error.statusCode ?? 500;
    if (error instanceof ApiError) {
      if (error.retryAfter !== undefined) void reply.header('retry-after', String(error.retryAfter));
      return reply.status(status).send({ error: error.message });
    }
    if (status >= 400 && status < 500) return reply.status(status).send({ error: clientMessage(error) });
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ error: 'the server failed to answer this request; it has been logged' });
  });
  app.setNotFoundHandler((request, reply) => reply.status(404).send({ error: notFound(request) }));
}
