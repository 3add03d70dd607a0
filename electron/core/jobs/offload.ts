/**
 * jobs/: heavy jobs (workbook imports) run off the request thread. The worker thread opens its own
 * connection to the same data folder and runs the very same router call (roles, validation, one
 * transaction, audit row), so the main thread keeps answering other users from WAL snapshots.
 */
import { Worker } from 'node:worker_threads'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { MethodName } from '../../shared/contract'
import { AppError, type ApiResponse } from '../../shared/errors'
import type { Caller } from '../api/router'
import type { Channel } from '../api/types'
import type { CoreOptions } from '../app'
import { findAppRoot } from '../paths'

/** Methods whose parsing and validation take seconds on a large workbook. */
export const HEAVY_METHODS: ReadonlySet<MethodName> = new Set<MethodName>(['import.vouchers', 'import.openingBalances', 'import.registry', 'budget.import', 'rules.import'])

/** A ceiling for the worker's heap, so an oversized file fails with a message instead of swapping the office PC. */
const WORKER_HEAP_MB = 1024
/**
 * A smaller nursery than V8 picks for a thread by default: an import makes short-lived garbage row by
 * row, and the default let it pile up on top of the server — 20,000 vouchers lifted the server's peak
 * RSS to ≈ 370 MB (1.3× the streaming-reader floor); 64 MB gives ≈ 295 MB (32 MB: 275 MB, 256 MB: 360–470 MB),
 * with no difference in time above the machine's noise (npm run bench:import).
 */
const WORKER_YOUNG_MB = 64

export interface JobCall {
  method: string
  input: unknown
  caller: Caller
  channel: Channel
  /** The caller's clock at dispatch (an injected clock cannot cross threads); the worker runs on from it. */
  clockAt?: number
}

/** A worker thread started ahead of its call, so its start-up overlaps the upload still arriving. */
export interface Job {
  /** Hand the call over; its answer is the call's answer. */
  run(call: Omit<JobCall, 'clockAt'>): Promise<ApiResponse<unknown>>
  /** The call never came (a refused or broken upload): end the thread. Does nothing once run. */
  cancel(): void
}

/** The worker's entry: beside this file from source (tsx, vitest), the bundle's own entry when built. */
function workerEntry(): { file: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url)
  if (here.endsWith('.ts')) return { file: join(dirname(here), 'worker.ts'), execArgv: ['--import', 'tsx'] }
  return { file: join(findAppRoot(dirname(here)), 'out', 'main', 'job-worker.js'), execArgv: [] }
}

/**
 * Start a worker thread now: it loads the core, opens its connection and loads the workbook reader,
 * then waits for its one call. Its start-up (≈ 0.1–0.3 s) is the HTTP import's main cost over the CLI's.
 */
export function startJob(options: CoreOptions): Job {
  const { file, execArgv } = workerEntry()
  const { now, ...plain } = options
  const worker = new Worker(file, {
    workerData: plain,
    execArgv,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  })
  let called = false
  const answer = new Promise<ApiResponse<unknown>>((resolve) => {
    let answered = false
    worker.once('message', (response: ApiResponse<unknown>) => {
      answered = true
      resolve(response)
    })
    worker.once('error', (error: Error & { code?: string }) => {
      answered = true
      const message =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? '文件太大，导入所需内存超过上限，未导入任何数据。请按期间拆分为几个文件分别导入' : `后台任务失败：${error.message}`
      resolve({ ok: false, error: new AppError('INTERNAL', message).toBody() })
    })
    worker.once('exit', (code) => {
      if (!answered) resolve({ ok: false, error: new AppError('INTERNAL', `后台任务意外退出（代码 ${code}），未导入任何数据`).toBody() })
    })
  })
  return {
    run(call) {
      called = true
      worker.postMessage({ ...call, clockAt: now?.().getTime() } satisfies JobCall)
      return answer
    },
    cancel() {
      if (!called) void worker.terminate()
    },
  }
}
