/**
 * Layer rules (README.md, Layout): the domain is pure; workflow code is deterministic
 * and imports only the domain and @temporalio/workflow; apps do not import each other.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'libs/domain holds value types and rules: no framework, no I/O, nothing of ours outside it.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { pathNot: '^libs/domain/' },
    },
    {
      name: 'workflows-are-deterministic',
      comment:
        'Workflow code runs in the Temporal sandbox: only libs/domain, its own folder, @temporalio/workflow and ' +
        'async-mutex (promises only, no timers: deterministic, as the Temporal samples use it).',
      severity: 'error',
      from: { path: '^libs/workflows/' },
      to: { pathNot: ['^libs/workflows/', '^libs/domain/', '^node_modules/@temporalio/(workflow|common)/', '^node_modules/async-mutex/'] },
    },
    {
      name: 'libraries-by-name',
      comment:
        'A library is imported by its name (#domain, …), which package.json "imports" maps to its src/index.ts; ' +
        'its other files are its own.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: '^libs/$1/', dependencyTypesNot: ['aliased-subpath-import'] },
    },
    {
      name: 'libraries-by-name-from-outside',
      comment: 'Apps, tests, scripts and benchmarks import libraries by name too, never a path into their folders.',
      severity: 'error',
      from: { path: '^(apps|test|scripts|bench|docker|migrations)/' },
      to: { path: '^libs/', dependencyTypesNot: ['aliased-subpath-import'] },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-are-separate',
      comment: 'The API and the worker share code only through libs/.',
      severity: 'error',
      from: { path: '^apps/api/' },
      to: { path: '^apps/worker/' },
    },
    {
      name: 'worker-is-not-the-api',
      severity: 'error',
      from: { path: '^apps/worker/' },
      to: { path: '^apps/api/' },
    },
    {
      name: 'web-pages-call-the-api',
      comment:
        'apps/web reads and changes nothing itself: it calls the API as the signed-in person with the typed client, ' +
        'so every rule is decided once, there. Only its configuration and that client are libraries it may import.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^(apps/(api|worker)/|libs/)', pathNot: '^libs/(api-client|configuration)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '[.-]spec\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
