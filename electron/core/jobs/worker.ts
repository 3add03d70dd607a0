import { parentPort, workerData } from 'node:worker_threads'
import { Core } from '../app'
import { createRouter } from '../api/router'
import type { JobRequest } from './offload'

/** One heavy router call on a connection of its own; the thread ends when it has answered. */
const { options, method, input, caller, channel } = workerData as JobRequest
const core = Core.attach({ ...options, offloadHeavyJobs: false })
try {
  parentPort!.postMessage(await createRouter(core).call(method, input, caller, channel))
} finally {
  // Not Core.close(): its TRUNCATE checkpoint would wait for the main connection's readers.
  core.sqlite.close()
}
