// Validates an OCDS release package the way OCDS tooling does: the package against the 1.1.5
// release-package schema, each release against the release schema patched with our extensions
// (draft-04), and every code against its code list: the closed lists are the schema's enums, the
// open ones the CSV files shipped beside the schemas. Everything comes from test/fixtures/ocds, so
// it runs from a clean clone.
import { readdirSync, readFileSync } from 'node:fs'
import AjvDraft04 from 'ajv-draft-04'
import type { AnySchemaObject, ErrorObject, SchemaValidateFunction, ValidateFunction } from 'ajv-draft-04'
import addFormats from 'ajv-formats'

const FIXTURES = new URL('../fixtures/ocds/', import.meta.url)
const PACKAGE_VERSION = 1.1

// Keywords OCDS adds for merging and documentation; they carry no validation (`codelist` does, below).
const OCDS_ANNOTATIONS = ['openCodelist', 'deprecated', 'wholeListMerge', 'versionId', 'omitWhenMerged']

export function validateReleasePackage(pkg: unknown): { valid: boolean; errors: string[] } {
  const validate = validator()
  const valid = validate(pkg)
  return { valid, errors: valid ? [] : (validate.errors ?? []).map(describe) }
}

let compiled: ValidateFunction | undefined

function validator(): ValidateFunction {
  if (compiled) return compiled
  const ajv = new AjvDraft04.default({ allErrors: true, verbose: true, allowUnionTypes: true })
  addFormats.default(ajv)
  ajv.addVocabulary(OCDS_ANNOTATIONS)
  ajv.addKeyword({ keyword: 'codelist', schemaType: 'string', errors: true, validate: checkCodes(loadCodeLists()) })
  // The patched schema keeps the core release schema's id, so the package schema's $ref to the
  // core release schema resolves to it and each release is validated with the extensions applied.
  ajv.addSchema(readJson('patched-release-schema.json'))
  compiled = ajv.compile(readJson('release-package-schema-1.1.5.json'))
  return compiled
}

type CodeList = { codes: Set<string>; deprecatedIn: Map<string, number> }

// Closed lists are enums in the schema, which reports them already; the open lists are checked here.
function checkCodes(codeLists: Map<string, CodeList>): SchemaValidateFunction {
  const check: SchemaValidateFunction = (file: string, data: unknown, parentSchema?: AnySchemaObject) => {
    if (parentSchema?.enum ?? parentSchema?.items?.enum) return true
    const list = codeLists.get(file)
    const values = (Array.isArray(data) ? data : [data]).filter((v): v is string => typeof v === 'string')
    const problems = values.flatMap((value) => {
      if (!list) return [`no code list ${file} in test/fixtures/ocds to check '${value}' against`]
      if (!list.codes.has(value)) return [`'${value}' is not a code of ${file}`]
      const deprecated = list.deprecatedIn.get(value)
      return deprecated !== undefined && deprecated <= PACKAGE_VERSION ? [`'${value}' of ${file} is deprecated since OCDS ${deprecated}`] : []
    })
    check.errors = problems.map((message) => ({ keyword: 'codelist', message, params: { codelist: file } }))
    return problems.length === 0
  }
  return check
}

function loadCodeLists(): Map<string, CodeList> {
  const files = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => /(^|\/)codelists\/[^/]+\.csv$/.test(f))
  return new Map(
    files.map((file) => {
      const [header = [], ...rows] = parseCsv(readFileSync(new URL(file, FIXTURES), 'utf8'))
      const code = header.indexOf('Code')
      const deprecated = header.indexOf('Deprecated')
      const list: CodeList = { codes: new Set(), deprecatedIn: new Map() }
      for (const row of rows) {
        const value = row[code] ?? ''
        list.codes.add(value)
        if (deprecated >= 0 && row[deprecated]) list.deprecatedIn.set(value, Number(row[deprecated]))
      }
      return [file.slice(file.lastIndexOf('/') + 1), list] as const
    }),
  )
}

// RFC 4180: code list descriptions quote commas, quotes and line breaks.
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const endCell = () => {
    row.push(cell)
    cell = ''
  }
  const endRow = () => {
    endCell()
    rows.push(row)
    row = []
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"'
      i++
    } else if (ch === '"') quoted = !quoted
    else if (quoted) cell += ch
    else if (ch === ',') endCell()
    else if (ch === '\n') endRow()
    else if (ch !== '\r') cell += ch
  }
  if (cell !== '' || row.length > 0) endRow()
  return rows
}

function describe(error: ErrorObject): string {
  const path = error.instancePath || '/'
  if (error.keyword === 'enum') {
    const allowed = (error.params.allowedValues as unknown[]).filter((v) => v !== null).join(', ')
    return `${path}: ${JSON.stringify(error.data)} is not one of ${allowed}`
  }
  return `${path}: ${error.message}`
}

function readJson(name: string): AnySchemaObject {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'))
}
