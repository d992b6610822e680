import path from 'node:path'
import ts from 'typescript'

/**
 * Which problem codes each route handler can answer, read from the source: every place a catalogue
 * entry is named (`assessmentProblems.BID_NOT_FOUND`, or a table of entries) is a possible throw of
 * the function it sits in, and a function's codes reach every function that calls it or passes it
 * on, up to the route handlers. Over-approximate by design: a code listed for a route it cannot
 * reach is noise in a contract, a code missing from one is a broken promise.
 */

export interface RouteCodes {
  method: string
  /** The route's URL as written, made a pattern: `${...}` and `:param` segments match any segment. */
  urlPattern: RegExp
  file: string
  line: number
  codes: Set<string>
}

export interface Reachability {
  routes: RouteCodes[]
  /** Codes named in functions no route handler reaches (kernel hooks, the seed loader, scripts). */
  elsewhere: Map<string, Set<string>>
}

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'delete', 'patch'])

type FunctionNode = ts.SignatureDeclaration

function languageService(root: string): ts.LanguageService {
  const config = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile)
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root)
  const files = parsed.fileNames.filter((file) => file.startsWith(path.join(root, 'services') + path.sep))
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => files,
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => (ts.sys.fileExists(file) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(file)!) : undefined),
    getCurrentDirectory: () => root,
    getCompilationSettings: () => parsed.options,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  }
  return ts.createLanguageService(host)
}

function enclosingFunction(node: ts.Node): FunctionNode | undefined {
  let current = node.parent
  while (current && !ts.isFunctionLike(current)) current = current.parent
  return current as FunctionNode | undefined
}

/** The `app.post(url, options, handler)` call a function is the handler of. */
function routeCallOf(fn: ts.Node): ts.CallExpression | undefined {
  const call = fn.parent
  if (!call || !ts.isCallExpression(call) || call.arguments.at(-1) !== fn) return undefined
  const callee = call.expression
  return ts.isPropertyAccessExpression(callee) && ROUTE_METHODS.has(callee.name.text) && call.arguments.length >= 2 ? call : undefined
}

function nameOf(fn: ts.Node): ts.Node | undefined {
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn) || ts.isGetAccessorDeclaration(fn)) && fn.name) return fn.name
  const parent = fn.parent
  if (parent && ts.isVariableDeclaration(parent) && parent.initializer === fn && ts.isIdentifier(parent.name)) return parent.name
  if (parent && ts.isPropertyAssignment(parent) && parent.initializer === fn) return parent.name
  return undefined
}

function urlPattern(expression: ts.Expression, source: ts.SourceFile): RegExp {
  const parts: string[] = []
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) parts.push(expression.text)
  else if (ts.isTemplateExpression(expression)) {
    parts.push(expression.head.text)
    for (const span of expression.templateSpans) parts.push('\u0000', span.literal.text)
  } else throw new Error(`${source.fileName}: a route URL must be a literal or a template, not ${expression.getText(source)}`)
  const escaped = parts.map((part) => (part === '\u0000' ? '\u0000' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')
  const pattern = escaped.replace(/:\u0000/g, '\\{[^}/]+\\}').replace(/:(\w+)/g, '\\{$1\\}').replace(/\u0000/g, '[^/{}]+')
  return new RegExp(`${pattern.replace(/\/$/, '')}$`)
}

/** True for the object a `defineProblems(...)` call made. */
function isCatalogue(symbol: ts.Symbol | undefined, checker: ts.TypeChecker): boolean {
  const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
  const declaration = target?.valueDeclaration
  return (
    !!declaration &&
    ts.isVariableDeclaration(declaration) &&
    !!declaration.initializer &&
    ts.isCallExpression(declaration.initializer) &&
    declaration.initializer.expression.getText() === 'defineProblems'
  )
}

function catalogueCodes(symbol: ts.Symbol, checker: ts.TypeChecker): string[] {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
  const call = (target.valueDeclaration as ts.VariableDeclaration).initializer as ts.CallExpression
  const literal = call.arguments[0] as ts.ObjectLiteralExpression
  return literal.properties.flatMap((p) => (p.name && ts.isIdentifier(p.name) ? [p.name.text] : []))
}

/** Codes a catalogue reference can stand for: one entry, or every entry a computed key can name. */
function codesNamedBy(node: ts.Node, checker: ts.TypeChecker): string[] | null {
  if (ts.isPropertyAccessExpression(node) && isCatalogue(checker.getSymbolAtLocation(node.expression), checker)) return [node.name.text]
  if (ts.isElementAccessExpression(node) && isCatalogue(checker.getSymbolAtLocation(node.expression), checker)) {
    const all = catalogueCodes(checker.getSymbolAtLocation(node.expression)!, checker)
    const key = node.argumentExpression
    if (ts.isStringLiteral(key)) return [key.text]
    const prefix = ts.isTemplateExpression(key) ? key.head.text : ''
    return all.filter((code) => code.startsWith(prefix))
  }
  return null
}

/** Inside `problemResponses(...)`: a declaration in a contract, not a throw. */
function isDeclaration(node: ts.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isCallExpression(current) && current.expression.getText() === 'problemResponses') return true
    if (ts.isFunctionLike(current)) return false
  }
  return false
}

export function reachableCodes(root: string): Reachability {
  const service = languageService(root)
  const program = service.getProgram()!
  const checker = program.getTypeChecker()
  const sites: { codes: string[]; node: ts.Node }[] = []
  /** Module-level tables of catalogue entries: naming the table names all of them. */
  const carriers = new Map<ts.Symbol, string[]>()

  const sources = program.getSourceFiles().filter((file) => file.fileName.startsWith(path.join(root, 'services') + path.sep))
  for (const source of sources) {
    const visit = (node: ts.Node): void => {
      const codes = codesNamedBy(node, checker)
      if (codes && !isDeclaration(node)) {
        const fn = enclosingFunction(node)
        if (fn) sites.push({ codes, node })
        else {
          let declaration: ts.Node | undefined = node.parent
          while (declaration && !ts.isVariableDeclaration(declaration)) declaration = declaration.parent
          const symbol = declaration && ts.isVariableDeclaration(declaration) ? checker.getSymbolAtLocation(declaration.name) : undefined
          if (symbol && !isCatalogue(symbol, checker)) carriers.set(symbol, [...(carriers.get(symbol) ?? []), ...codes])
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  for (const source of sources) {
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && !ts.isVariableDeclaration(node.parent)) {
        const symbol = checker.getSymbolAtLocation(node)
        const carried = symbol && carriers.get(symbol)
        if (carried && enclosingFunction(node)) sites.push({ codes: carried, node })
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }

  const routes = new Map<ts.CallExpression, RouteCodes>()
  const elsewhere = new Map<string, Set<string>>()
  const referencesCache = new Map<ts.Node, ts.Node[]>()

  function callersOf(name: ts.Node): ts.Node[] {
    const cached = referencesCache.get(name)
    if (cached) return cached
    const found: ts.Node[] = []
    for (const symbol of service.findReferences(name.getSourceFile().fileName, name.getStart()) ?? []) {
      for (const reference of symbol.references) {
        if (reference.isDefinition) continue
        const source = program.getSourceFile(reference.fileName)!
        const token = (ts as unknown as { getTokenAtPosition(s: ts.SourceFile, p: number): ts.Node }).getTokenAtPosition(source, reference.textSpan.start)
        const parent = token.parent
        if (parent && (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isImportClause(parent))) continue
        found.push(token)
      }
    }
    referencesCache.set(name, found)
    return found
  }

  function propagate(codes: string[], fn: FunctionNode | undefined, seen: Set<ts.Node>, from: ts.Node): void {
    if (!fn) {
      const where = path.relative(root, from.getSourceFile().fileName)
      for (const code of codes) (elsewhere.get(code) ?? elsewhere.set(code, new Set()).get(code)!).add(where)
      return
    }
    if (seen.has(fn)) return
    seen.add(fn)
    const route = routeCallOf(fn)
    if (route) {
      let entry = routes.get(route)
      if (!entry) {
        const source = route.getSourceFile()
        entry = {
          method: (route.expression as ts.PropertyAccessExpression).name.text.toUpperCase(),
          urlPattern: urlPattern(route.arguments[0]!, source),
          file: path.relative(root, source.fileName),
          line: source.getLineAndCharacterOfPosition(route.getStart()).line + 1,
          codes: new Set(),
        }
        routes.set(route, entry)
      }
      for (const code of codes) entry.codes.add(code)
      return
    }
    const name = nameOf(fn)
    // An unnamed function runs where it is written (a callback, a transaction body).
    if (!name) return propagate(codes, enclosingFunction(fn), seen, fn)
    const callers = callersOf(name)
    if (callers.length === 0) return propagate(codes, undefined, seen, fn)
    for (const caller of callers) {
      const handedTo = optionHandedOver(caller)
      if (handedTo) for (const use of handedTo) propagate(codes, enclosingFunction(use), seen, use)
      else if (isRouteHandlerArgument(caller)) propagate(codes, caller as never, seen, caller)
      else propagate(codes, enclosingFunction(caller), seen, caller)
    }
  }

  function isRouteHandlerArgument(node: ts.Node): boolean {
    return routeCallOf(node) !== undefined
  }

  /**
   * A function handed to another as an option (`versionRoutes({ validateContent: check })`) runs
   * where that other function uses the option: those uses are its callers.
   */
  function optionHandedOver(reference: ts.Node): ts.Node[] | null {
    const property = reference.parent
    if (!property || !(ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) || !property.name || !ts.isIdentifier(property.name)) return null
    const literal = property.parent
    const call = literal?.parent
    if (!ts.isObjectLiteralExpression(literal) || !call || !ts.isCallExpression(call) || !call.arguments.includes(literal)) return null
    let callee = checker.getSymbolAtLocation(call.expression)
    if (callee && callee.flags & ts.SymbolFlags.Alias) callee = checker.getAliasedSymbol(callee)
    const body = callee?.valueDeclaration
    if (!body || !ts.isFunctionLike(body)) return null
    const option = property.name.text
    const uses: ts.Node[] = []
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) && node.name.text === option) uses.push(node)
      if (ts.isBindingElement(node) && (node.propertyName ?? node.name).getText() === option && ts.isIdentifier(node.name)) {
        uses.push(...callersOf(node.name))
      }
      ts.forEachChild(node, visit)
    }
    visit(body)
    return uses
  }

  for (const site of sites) propagate(site.codes, enclosingFunction(site.node), new Set(), site.node)
  return { routes: [...routes.values()], elsewhere }
}
