import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { reachableCodes } from './reachable-codes.ts'

const root = path.resolve(import.meta.dirname, '../..')
const kernelCodes = new Set([...readFileSync(path.join(root, 'services/kernel/problems.ts'), 'utf8').matchAll(/^\s+([A-Z_]+): \{/gm)].map((m) => m[1]))
const catalogueName: Record<string, string> = { catalogue: 'catalogueProblems', assessment: 'assessmentProblems', reporting: 'reportingProblems', kernel: 'kernelProblems' }
const { routes } = reachableCodes(root)
const byFile = new Map<string, typeof routes>()
for (const r of routes) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r])
for (const [file, list] of byFile) {
  const full = path.join(root, file)
  let text = readFileSync(full, 'utf8')
  const service = file.split('/')[1]!
  const source = ts.createSourceFile(full, text, ts.ScriptTarget.Latest, true)
  const edits: { start: number; end: number; text: string }[] = []
  const usesKernel = { v: false }, usesService = { v: false }
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ['get', 'post', 'put', 'delete', 'patch'].includes(node.expression.name.text)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
      const route = list.find((r) => r.line === line)
      const find = (n: ts.Node): ts.CallExpression | undefined => (ts.isCallExpression(n) && n.expression.getText() === 'problemResponses' ? n : ts.forEachChild(n, find))
      const call = node.arguments[1] && find(node.arguments[1])
      if (call) {
        const codes = [...(route?.codes ?? [])].sort()
        const refs = codes.map((code) => {
          if (kernelCodes.has(code)) { usesKernel.v = true; return `kernelProblems.${code}` }
          usesService.v = true
          return `${catalogueName[service]}.${code}`
        })
        edits.push({ start: call.arguments.pos, end: call.arguments.end, text: refs.join(', ') })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  for (const edit of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end)
  const rel = (target: string) => { let r = path.relative(path.dirname(full), path.join(root, target)); if (!r.startsWith('.')) r = './' + r; return r }
  const imports: string[] = []
  if (usesKernel.v && !/import \{[^}]*\bkernelProblems\b[^}]*\}/.test(text)) imports.push(`import { kernelProblems } from '${rel('services/kernel/problems.ts')}'`)
  if (usesService.v && service !== 'kernel' && !new RegExp(`import \\{[^}]*\\b${catalogueName[service]}\\b`).test(text)) imports.push(`import { ${catalogueName[service]} } from '${rel(`services/${service}/problems.ts`)}'`)
  if (imports.length) {
    const lastImport = [...text.matchAll(/^import .*\n/gm)].at(-1)!
    const at = lastImport.index! + lastImport[0].length
    text = text.slice(0, at) + imports.join('\n') + '\n' + text.slice(at)
  }
  writeFileSync(full, text)
  console.log(file, edits.length)
}
