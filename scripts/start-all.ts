import { enableCompileCache } from 'node:module'
import path from 'node:path'

// `npm start`. Node's compile cache is switched on before anything else loads, so a warm start
// reads the compiled, type-stripped code of the supervisor and of each service back instead of
// parsing about 1,500 modules again: faster, and about 15 MB less resident per service. The
// services inherit the folder through NODE_COMPILE_CACHE. It sits in DATA_DIR (config.ts's default
// is `.data`); entries are checked against their source, so an edited file is compiled afresh.
process.env.NODE_COMPILE_CACHE ||= path.resolve(process.env.DATA_DIR || '.data', 'compile-cache')
enableCompileCache(process.env.NODE_COMPILE_CACHE)
await import('./start-all/supervisor.ts')
