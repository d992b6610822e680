import { execFile } from 'node:child_process'
import { mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { decodeJwt } from 'jose'
import t from 'tap'
import { roles } from '../../../services/kernel/auth/roles.ts'
import { repoRoot } from '../../setup/paths.ts'

const run = promisify(execFile)
const script = path.join(repoRoot, 'scripts', 'mint-token.ts')
const dataDir = mkdtempSync(path.join(tmpdir(), 'cict-token-'))

async function token(args: string[], dir = dataDir) {
  const { OIDC_ISSUER: _issuer, ...inherited } = process.env
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], { cwd: repoRoot, env: { ...inherited, DATA_DIR: dir } })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

t.test('--help lists every option and every role, and exits 0', async (t) => {
  const { code, stdout } = await token(['--help'])
  t.equal(code, 0)
  for (const option of ['--role', '--subject', '--organisation', '--supplier', '--ttl', '--help']) t.match(stdout, option)
  for (const role of roles) t.match(stdout, role)
})

t.test('an unknown option is named, with the usage and no stack trace', async (t) => {
  const { code, stdout, stderr } = await token(['--bogus'])
  t.equal(code, 1)
  t.equal(stdout, '')
  t.match(stderr, "Unknown option '--bogus'")
  t.match(stderr, 'Usage:')
  t.notMatch(stderr, /\n\s+at /)
})

t.test('a missing or unknown role and a bad lifetime are refused', async (t) => {
  t.match(await token([]), { code: 1, stderr: /Give one or more --role/ })
  t.match(await token(['--role', 'king']), { code: 1, stderr: /unknown: king/ })
  t.match(await token(['--role', 'buyer', '--ttl', '5']), { code: 1, stderr: /--ttl must be whole seconds/ })
})

t.test('the token carries what was asked', async (t) => {
  const { code, stdout } = await token(['--role', 'evaluator', '--subject', 'eva-1', '--organisation', 'ORG-1', '--ttl', '600'])
  t.equal(code, 0)
  const claims = decodeJwt(stdout.trim())
  t.equal(claims.sub, 'eva-1')
  t.equal(claims.exp! - claims.iat!, 600)
  t.match(JSON.stringify(claims), /evaluator/)
  t.match(JSON.stringify(claims), /ORG-1/)
})

t.test('a first token creates DATA_DIR passable for the embedded database account, its key folder private', async (t) => {
  const fresh = path.join(dataDir, 'first-start', 'data')
  t.equal((await token(['--role', 'buyer'], fresh)).code, 0)
  t.equal(statSync(fresh).mode & 0o011, 0o011, 'other accounts can pass through DATA_DIR (the embedded PostgreSQL runs as its own account)')
  t.equal(statSync(path.join(fresh, 'auth')).mode & 0o777, 0o700, 'the signing key folder is private')
})
