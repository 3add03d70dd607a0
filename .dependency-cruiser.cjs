/**
 * Dependency direction (issue 14), run by `npm run deps` in `npm test`. dependency-cruiser rather than
 * eslint's import rules because it resolves TypeScript paths itself and reports whole cycles.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No circular imports: move the shared piece to where both sides can import it. A cycle closed only by an `import type` ' +
        '(Core, HandlerContext) is erased by the compiler and cannot run in circles, so it does not count.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'core-is-transport-free',
      severity: 'error',
      comment: 'electron/core runs under plain Node: nothing from the transports, the Electron shell or the renderer.',
      from: { path: '^electron/core/' },
      to: { path: '^(electron/(server|cli|main|preload)|renderer)/' },
    },
    {
      name: 'core-no-electron',
      severity: 'error',
      comment: 'electron/core must not import Electron.',
      from: { path: '^electron/core/' },
      to: { path: '^electron$', dependencyTypes: ['npm', 'npm-dev', 'core', 'unknown', 'undetermined'] },
    },
    {
      name: 'shared-is-self-contained',
      severity: 'error',
      comment: 'electron/shared imports nothing of ours outside itself (the renderer imports it).',
      from: { path: '^electron/shared/' },
      to: { path: '^(electron/(core|server|cli|main|preload)|renderer|drizzle)/' },
    },
    {
      name: 'renderer-only-shared',
      severity: 'error',
      comment: 'The renderer reaches the back end only through electron/shared (the contract and its terms).',
      from: { path: '^renderer/' },
      to: { path: '^(electron/(core|server|cli|main|preload)|drizzle)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|node_modules|test-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
}
