/**
 * CLI start-up on the big 街镇 database (scripts/seed-big.ts): cheap read commands run through the
 * `uniondesk` bin (the built bundle, as a user runs it), interleaved run by run with the floor — node
 * starting, opening the same file with better-sqlite3 and reading one table. Prints min and median
 * wall times and their ratios to the floor. The first command of a day makes the daily backup, so one
 * warm-up run goes first. Works on a copy of the data folder. Asserts nothing.
 *
 *   npm run build && npx tsx scripts/bench-start.ts [--data /tmp/uniondesk-big] [--runs 10]
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { findAppRoot } from '../electron/core/paths'

const { values } = parseArgs({ options: { data: { type: 'string', default: '/tmp/uniondesk-big' }, runs: { type: 'string', default: '10' } } })
const root = findAppRoot(import.meta.dirname)
const dir = '/tmp/uniondesk-start-bench'
if (!existsSync(join(dir, 'uniondesk.db'))) cpSync(values.data!, dir, { recursive: true })
const bin = join(root, 'bin/uniondesk.js')
const file = join(dir, 'uniondesk.db')

const VARIANTS: [string, string[]][] = [
  [
    'floor: node + better-sqlite3 open + one read',
    ['-e', `const D = require('better-sqlite3'); const db = new D(${JSON.stringify(file)}); db.prepare('SELECT * FROM ledgers').all(); db.close()`],
  ],
  ['uniondesk ledgers list', [bin, '--data', dir, '--user', 'kj', 'ledgers', 'list']],
  ['uniondesk users list', [bin, '--data', dir, 'users', 'list']],
  ['uniondesk backup --list', [bin, '--data', dir, 'backup', '--list']],
]
const run = (args: string[]) => {
  const t = performance.now()
  execFileSync(process.execPath, args, { cwd: root, stdio: 'ignore' })
  return performance.now() - t
}

run(VARIANTS[1][1])
const samples = VARIANTS.map(() => [] as number[])
for (let r = 0; r < Number(values.runs); r++) VARIANTS.forEach(([, args], i) => samples[i].push(run(args)))

const stat = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return { min: s[0], median: s[Math.floor(s.length / 2)] }
}
const floor = stat(samples[0])
console.log(`${dir} (copy of ${values.data}); ${values.runs} interleaved runs each, wall time min / median`)
VARIANTS.forEach(([name], i) => {
  const s = stat(samples[i])
  const ratio = i === 0 ? '' : `  = ${(s.min / floor.min).toFixed(1)}× / ${(s.median / floor.median).toFixed(1)}× the floor${s.median > 300 ? '  ← over 300 ms' : ''}`
  console.log(`${name.padEnd(46)} ${s.min.toFixed(0).padStart(5)} / ${s.median.toFixed(0).padStart(5)} ms${ratio}`)
})
console.log('goal: every command ≤ 300 ms')
