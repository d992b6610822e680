import { readdirSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { parse } from 'yaml'
import { defaultPorts } from '../../../services/kernel/config.ts'
import { repoRoot } from '../../setup/paths.ts'
import { contractPaths, environmentNames, packageJson, readRepoFile, serviceNames } from './helpers.ts'

// No helm binary runs here, so nothing is rendered: Chart.yaml and values.yaml are parsed as YAML,
// and the templates, which are Go templates and not YAML until rendered, are read as text.

const chartDir = 'docker/helm/circular-ict-procurement'
const chart = parse(readRepoFile(`${chartDir}/Chart.yaml`)) as Record<string, unknown>
const values = parse(readRepoFile(`${chartDir}/values.yaml`)) as any
const templateFiles = ['', 'tests/']
  .flatMap((sub) => readdirSync(path.join(repoRoot, chartDir, 'templates', sub)).map((f) => `${sub}${f}`))
  .filter((f) => /\.(yaml|tpl|txt)$/.test(f))
const template = (file: string) => readRepoFile(`${chartDir}/templates/${file}`)
const manifests = templateFiles.filter((f) => f.endsWith('.yaml'))
const known = new Set(environmentNames())

t.test('Chart.yaml: Helm 3, the chart name, the product version', async (t) => {
  t.equal(chart.apiVersion, 'v2')
  t.equal(chart.name, 'circular-ict-procurement')
  t.equal(chart.version, packageJson.version)
  t.equal(chart.appVersion, packageJson.version)
})

t.test('values.yaml: the three services on their default ports, with replicas and resources', async (t) => {
  t.same(Object.keys(values.services).sort(), [...serviceNames].sort())
  for (const name of serviceNames) {
    const svc = values.services[name]
    t.equal(svc.port, defaultPorts[name], `${name}: port`)
    t.ok(Number.isInteger(svc.replicas) && svc.replicas >= 1, `${name}: replicas`)
    for (const kind of ['requests', 'limits']) t.ok(svc.resources[kind].cpu && svc.resources[kind].memory, `${name}: ${kind}`)
  }
  t.equal(values.image.tag, '', 'the tag defaults to appVersion, the semantic version')
})

t.test('values.yaml: sandbox-safe defaults and no secrets', async (t) => {
  t.equal(values.ingress.enabled, false, 'no ingress unless asked')
  t.equal(values.postgresql.enabled, true, 'the bundled database by default, so an install is self-contained')
  t.equal(values.postgresql.password, '')
  t.equal(values.auth.localSigningKey, '')
  t.equal(values.auth.oidc.clientSecret, '')
  t.equal(values.externalDatabase.url, '')
  const replicas = serviceNames.reduce((sum, name) => sum + values.services[name].replicas, 0)
  const migrationJobPool = Number(/poolSize: (\d+)/.exec(readRepoFile('scripts/migrate.ts'))?.[1])
  t.ok(replicas * values.config.databasePoolSize + migrationJobPool <= values.postgresql.maxConnections, 'the default pools fit the database’s connection limit')
})

t.test('only basic Kubernetes objects, each in the release namespace', async (t) => {
  const allowed = new Set(['Deployment', 'Service', 'ConfigMap', 'Secret', 'PersistentVolumeClaim', 'Job', 'Pod', 'Ingress'])
  for (const file of manifests) {
    const text = template(file)
    const kinds = [...text.matchAll(/^kind: (\w+)$/gm)].map((m) => m[1]!)
    t.ok(kinds.length > 0, `${file} declares objects`)
    for (const kind of kinds) t.ok(allowed.has(kind), `${file}: ${kind} is a basic object`)
    const namespaces = [...text.matchAll(/^ {2}namespace: (.+)$/gm)].map((m) => m[1])
    t.equal(namespaces.length, kinds.length, `${file}: every object names its namespace`)
    t.ok(namespaces.every((ns) => /^\{\{ \$?\.Release\.Namespace \}\}$/.test(ns!)), `${file}: the namespace chosen at install`)
  }
  t.notOk(manifests.some((f) => /^kind: (StatefulSet|DaemonSet|CustomResourceDefinition|ClusterRole|ClusterRoleBinding|Role|RoleBinding|NetworkPolicy)$/m.test(template(f))))
})

t.test('the Ingress exists only when enabled', async (t) => {
  const ingress = template('ingress.yaml')
  t.match(ingress.split('\n')[0], /^\{\{- if \.Values\.ingress\.enabled \}\}$/)
  t.equal(ingress.trimEnd().split('\n').at(-1), '{{- end }}')
  t.notOk(manifests.filter((f) => f !== 'ingress.yaml').some((f) => /kind: Ingress/.test(template(f))))
})

t.test('service Deployments: replicas, ports, probes on the services’ own health paths, resources, non-root', async (t) => {
  const deployment = template('deployment.yaml')
  t.match(deployment, /\{\{- range \$name, \$svc := \.Values\.services \}\}/, 'one Deployment per service in values')
  t.match(deployment, /^ {2}replicas: \{\{ \$svc\.replicas \| int \}\}$/m)
  t.match(deployment, /containerPort: \{\{ \$svc\.port \| int \}\}/)
  t.match(deployment, /livenessProbe:\n\s+httpGet:\n\s+path: \/health\/live\n\s+port: http/)
  t.match(deployment, /readinessProbe:\n\s+httpGet:\n\s+path: \/health\/ready\n\s+port: http/)
  t.match(deployment, /startupProbe:\n\s+httpGet:\n\s+path: \/health\/live/)
  for (const name of serviceNames) {
    t.ok(contractPaths(name).includes('/health/live') && contractPaths(name).includes('/health/ready'), `${name} serves both probe paths`)
  }
  t.match(deployment, /resources:\n\s+\{\{- toYaml \$svc\.resources \| nindent 12 \}\}/)
  t.match(deployment, /- name: SERVICE\n\s+value: \{\{ \$name \}\}/)
  t.match(deployment, /envFrom:\n\s+- configMapRef:\n\s+name: \{\{ \$fullname \}\}/)
  t.match(deployment, /\{\{- include "cict\.databaseUrlEnv" \$ \| nindent 12 \}\}/)
  t.match(template('_helpers.tpl'), /runAsNonRoot: true\nrunAsUser: 1000/)
  t.match(template('_helpers.tpl'), /readOnlyRootFilesystem: true/)
  t.match(deployment, /mountPath: \/data\n/, 'a writable DATA_DIR beside the read-only root')
  t.match(template('service.yaml'), /type: ClusterIP/)
})

t.test('configuration through the ConfigMap, secrets through the Secret, names as config.ts reads them', async (t) => {
  const configKeys = [...template('configmap.yaml').matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1]!)
  const secret = template('secret.yaml')
  const secretKeys = [...secret.matchAll(/^ {2}([A-Za-z][A-Za-z0-9_.-]*):/gm)].map((m) => m[1]!).filter((k) => k !== 'name' && k !== 'namespace' && k !== 'labels')
  const deployment = template('deployment.yaml')
  const deploymentEnv = [...deployment.matchAll(/- name: ([A-Z][A-Z0-9_]*)\n/g)].map((m) => m[1]!)
  const helperEnv = [...template('_helpers.tpl').matchAll(/- name: ([A-Z][A-Z0-9_]*)\n/g)].map((m) => m[1]!)

  for (const key of configKeys) t.ok(known.has(key), `ConfigMap ${key} is read by config.ts`)
  for (const key of [...deploymentEnv, ...helperEnv]) if (key !== 'SERVICE') t.ok(known.has(key), `env ${key} is read by config.ts`)
  t.same(secretKeys.sort(), ['CURSOR_SECRET', 'DATABASE_URL', 'DATABASE_URL', 'METRICS_TOKEN', 'OIDC_CLIENT_SECRET', 'POSTGRES_PASSWORD', 'local-signing-key.json'].sort())
  t.notOk(configKeys.some((k) => /DATABASE_URL|SECRET|PASSWORD/.test(k)), 'no secret in the ConfigMap')
  const wired = new Set([...configKeys, ...deploymentEnv, ...helperEnv])
  t.same([...known].filter((k) => !wired.has(k)), ['EMBEDDED_POSTGRES_PORT'], 'every variable but the embedded server’s port is wired')
  t.match(deployment, /- name: OIDC_CLIENT_SECRET\n\s+valueFrom:\n\s+secretKeyRef:/)
  t.match(template('_helpers.tpl'), /- name: DATABASE_URL\n\s+valueFrom:\n\s+secretKeyRef:/)

  for (const line of template('configmap.yaml').split('\n')) {
    const ref = /\.Values\.([\w.]+)/.exec(line)?.[1]
    const value = ref?.split('.').reduce((v: any, k) => v?.[k], values)
    if (typeof value === 'number') t.match(line, /\| int\b/, `${ref}: Helm reads numbers as floats, so it must pass through int`)
  }
})

t.test('values.yaml: the edge and token settings default to the safe side', async (t) => {
  t.ok(values.config.rateLimitMax > 0 && values.config.rateLimitAuthFailuresMax > 0, 'rate limits on')
  t.equal(values.config.corsOrigins, '', 'no browser origin let in unless named')
  t.equal(values.config.trustedProxyAddresses, '', 'no forwarded address believed unless named')
  t.equal(values.config.trustedMediatorAddresses, '', 'no caller header verified unless the mediator is named')
  t.equal(values.auth.oidc.allowAnyAudience, false)
  t.equal(values.auth.oidc.requireTokenType, true)
  t.equal(values.auth.oidc.rolesClaim, 'realm_access.roles', 'Keycloak realm roles')
  t.ok(values.auth.tokenMaxLifetimeSeconds <= 86_400, 'tokens live a day at most')
})

t.test('OIDC mode stops the install without an audience or reporting’s client credentials', async (t) => {
  const helpers = template('_helpers.tpl')
  t.match(helpers, /if and \.Values\.auth\.oidc\.issuer \(not \.Values\.auth\.oidc\.audience\) \(not \.Values\.auth\.oidc\.allowAnyAudience\)/)
  t.match(helpers, /fail "OIDC mode: set auth\.oidc\.audience/)
  t.match(helpers, /if and \.Values\.auth\.oidc\.issuer \(not \(and \.Values\.auth\.oidc\.clientId \.Values\.auth\.oidc\.clientSecret\)\)/)
  t.match(helpers, /fail "OIDC mode: set auth\.oidc\.clientId and auth\.oidc\.clientSecret/)
})

t.test('local token mode needs one signing key for every pod, mounted from the Secret', async (t) => {
  t.match(template('_helpers.tpl'), /fail "Set auth\.oidc\.issuer \(OIDC mode\) or auth\.localSigningKey/)
  t.match(template('secret.yaml'), /^\{\{- include "cict\.requireAuth" \. \}\}/)
  t.match(template('deployment.yaml'), /- name: signing-key\n\s+mountPath: \/data\/auth\n\s+readOnly: true/)
})

t.test('a post-install (and pre-upgrade) Job runs the migrations and the seed', async (t) => {
  const job = template('migration-job.yaml')
  t.match(job, /kind: Job/)
  t.match(job, /"helm\.sh\/hook": post-install,pre-upgrade/)
  t.match(job, /command: \["node", "scripts\/migrate\.ts", "--wait", \{\{ \.Values\.migrationJob\.waitSeconds \| int \| quote \}\}\]/)
  t.match(job, /configMapRef:\n\s+name: \{\{ \$fullname \}\}/, 'the same settings as the services, SEED_ON_START included')
  t.match(readRepoFile('docker/Dockerfile'), /COPY scripts\/migrate\.ts/)
})

t.test('an optional bundled PostgreSQL or an external one', async (t) => {
  const postgres = template('postgresql.yaml')
  t.match(postgres.split('\n')[0], /^\{\{- if \.Values\.postgresql\.enabled \}\}$/)
  t.match(postgres, /kind: PersistentVolumeClaim/)
  t.match(postgres, /type: Recreate/)
  const helpers = template('_helpers.tpl')
  t.match(helpers, /if and \(not \.Values\.postgresql\.enabled\) \.Values\.externalDatabase\.existingSecret/)
  t.match(template('secret.yaml'), /required "externalDatabase\.url or externalDatabase\.existingSecret is required/)
})

t.test('helm test checks every service is ready and serves its contract', async (t) => {
  const test = template('tests/test-health.yaml')
  t.match(test, /"helm\.sh\/hook": test/)
  t.match(test, /\/health\/ready/)
  t.match(test, /\/api\/v1\/openapi\.json/)
})

t.test('templates are well formed as far as reading them can tell', async (t) => {
  const defined = new Set([...template('_helpers.tpl').matchAll(/\{\{-? define "([^"]+)"/g)].map((m) => m[1]))
  for (const file of templateFiles) {
    const text = template(file)
    const actions = [...text.matchAll(/\{\{-?\s*(if|range|with|define|end)\b/g)].map((m) => m[1])
    const opened = actions.filter((a) => a !== 'end').length
    t.equal(opened, actions.length - opened, `${file}: every if/range/with/define has its end`)
    t.equal((text.match(/\{\{/g) ?? []).length, (text.match(/\}\}/g) ?? []).length, `${file}: balanced delimiters`)
    for (const m of text.matchAll(/include "([^"]+)"/g)) t.ok(defined.has(m[1]), `${file}: ${m[1]} is defined`)
    for (const m of text.matchAll(/\$?\.Values\.([\w.]+)/g)) {
      const found = m[1]!.split('.').reduce((v: any, k) => (v !== undefined && v !== null && k in v ? v[k] : undefined), values)
      t.not(found, undefined, `${file}: .Values.${m[1]} exists in values.yaml`)
    }
    for (const m of text.matchAll(/\$svc\.(\w+)/g)) {
      t.ok(serviceNames.every((name) => m[1]! in values.services[name]), `${file}: every service has ${m[1]}`)
    }
    t.notMatch(text, /\t/, `${file}: no tabs`)
  }
})
