#!/usr/bin/env node
// The command line runs the built bundle (npm run build), the same core code the desktop app ships.
// V8's on-disk compile cache (Node ≥ 22.1) spares each command recompiling the bundle: most of a cold start.
import module from 'node:module'

module.enableCompileCache?.()
await import('../out/main/cli.js')
