import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { repoRoot } from '../../setup/paths.ts'

// The project was built with working notes kept beside the repository. A reader of the repository
// never has them, so no file may point at them: what a reader needs is in docs/ (docs/sources.md
// names the public sources). Test fixtures are copies of public data and are not checked.

const OUTSIDE_REFERENCES: readonly RegExp[] = [
  /\breference\/[\w.-]+\.(?:md|csv)\b/g,
  /(?<![\w/-])(?:domain|itu-guide|govstack|anchors|design)\.md\b/g,
  /(?<!fixtures\/)\b(?:criteria-thresholds|eu-gpp-criteria-codes)\.csv\b/g,
  /\.\.\/shared\b|\bshared\/(?:design|reference)\b/g,
  /\bdesign (?:§|section) ?\d/gi,
  /\bdomain reference \d/gi,
  /\bflag [RSVDN]\b/g,
]

const SELF = 'test/unit/packaging/no-outside-references.test.ts'

/** The citations of outside documents in a text, in order of appearance; a match inside another counts once. */
function outsideReferences(text: string): string[] {
  const matches = OUTSIDE_REFERENCES.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => ({ at: m.index, found: m[0] })))
  matches.sort((a, b) => a.at - b.at || b.found.length - a.found.length)
  let end = 0
  return matches.flatMap((m) => {
    if (m.at < end) return []
    end = m.at + m.found.length
    return [m.found]
  })
}

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '' && !file.startsWith('test/fixtures/') && file !== SELF)
}

t.test('the matcher finds citations of the working notes', async (t) => {
  // Assembled from parts, so this file never names the working notes itself.
  const notes = (...parts: string[]) => parts.join('/')
  const cited = [
    `// CO2e per product line (${notes('reference', 'domain.md')} §5.2–5.3):`,
    ` * Codes: ${notes('reference', 'eu-gpp-criteria-codes.csv')} (flag S). Thresholds: flag R in criteria-thresholds.csv`,
    '// mean stage ÷ top stage × 100 (itu-guide.md §3.1)',
    '// Money is a decimal string (design §4)',
    ' * Product categories of the catalogue (design.md section 5).',
    `const csvPath = resolve(repoRoot, '${notes('..', 'shared', 'reference', 'eu-gpp-criteria-codes.csv')}')`,
    `and \`${notes('shared', 'design.md')}\`, but there is no single style guide`,
    '/** Scoring methods for award criteria (domain reference 6.2). */',
    'see govstack.md 1.3 and anchors.md',
  ]
  t.same(
    cited.map((line) => outsideReferences(line).length > 0),
    cited.map(() => true),
  )
  t.same(outsideReferences(cited[1]!), [notes('reference', 'eu-gpp-criteria-codes.csv'), 'flag S', 'flag R', 'criteria-thresholds.csv'])
})

t.test('the matcher leaves references inside the repository and public sources alone', async (t) => {
  const fine = [
    '// CO2e per product line (docs/sources.md#footprint-formulas):',
    '[docs/govstack-compliance.md](docs/govstack-compliance.md), [deployment.md §9](deployment.md#9-backup-and-restore)',
    "const csvPath = resolve(here, '../../fixtures/eu-gpp-criteria-codes.csv')",
    'A test compares the seed with this listing (`test/fixtures/eu-gpp-criteria-codes.csv`).',
    "services/catalogue/schemas/reference-data.ts; await fs.writeFile(file, jwk, { flag: 'wx' })",
    'Norway, DFØ robust notebooks (from TCO Certified generation 8 §6.4)',
    "flags: ['R'], basis: 'EU GPP TS23/CPC2 (S)'",
    'the design promise to the delivered building; the reference workload',
  ]
  for (const line of fine) t.same(outsideReferences(line), [], line)
})

t.test('no tracked file outside test/fixtures cites the working notes', async (t) => {
  const files = trackedFiles()
  t.ok(files.includes('README.md') && files.includes('docs/sources.md'), 'the listing holds the repository files')
  const offences = files.flatMap((file) =>
    readFileSync(path.join(repoRoot, file), 'utf8')
      .split('\n')
      .flatMap((line, index) => outsideReferences(line).map((found) => `${file}:${index + 1}: ${found}`)),
  )
  t.same(offences, [], 'point at docs/sources.md or at the public source instead')
})

/** GitHub's anchor for a Markdown heading: lower case, punctuation dropped, spaces to hyphens. */
function headingAnchors(markdown: string): Set<string> {
  return new Set(
    [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
      m[1]!
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-'),
    ),
  )
}

t.test('every pointer into docs/sources.md names a section that exists', async (t) => {
  const anchors = headingAnchors(readFileSync(path.join(repoRoot, 'docs/sources.md'), 'utf8'))
  t.ok(anchors.has('kpi-formulas') && anchors.has('sdg-1271'), 'anchors are computed as GitHub does')
  const pointers = trackedFiles().flatMap((file) => {
    const text = readFileSync(path.join(repoRoot, file), 'utf8')
    const cited = [...text.matchAll(/docs\/sources\.md#([\w-]+)/g)].map((m) => m[1]!)
    const local = file === 'docs/sources.md' ? [...text.matchAll(/\]\(#([\w-]+)\)/g)].map((m) => m[1]!) : []
    return [...cited, ...local].map((anchor) => ({ file, anchor }))
  })
  t.ok(pointers.length > 20, `${pointers.length} pointers found`)
  t.same(
    pointers.filter((p) => !anchors.has(p.anchor)).map((p) => `${p.file}: #${p.anchor}`),
    [],
  )
})
