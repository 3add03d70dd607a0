import { parentPort, workerData } from 'node:worker_threads'
import { Core } from '../app'
import { createRouter } from '../api/router'
import type { JobRequest } from './offload'

/** One heavy router call on a connection of its own; the thread ends when it has answered. */
const { options, clockAt, method, input, caller, channel } = workerData as JobRequest
const started = Date.now()
const now = clockAt === undefined ? undefined : () => new Date(clockAt + Date.now() - started)
const core = Core.attach({ ...options, now, offloadHeavyJobs: false })
try {
  parentPort!.postMessage(await createRouter(core).call(method, input, caller, channel))
} finally {
  // Not Core.close(): its TRUNCATE checkpoint would wait for the main connection's readers.
  core.sqlite.close()
}
