/** A feed source that could not be read; the message is what the read-model status shows. */
export class FeedError extends Error {
  override readonly name = 'FeedError'
}
