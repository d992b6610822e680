/**
 * A start-up failure an operator fixes from its message alone (a folder the database account
 * cannot reach, a port in use): the server entry prints that one line and exits 1, no stack.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StartupError'
  }
}
