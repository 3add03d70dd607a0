import { parentPort, workerData } from 'node:worker_threads'
import { Core, type CoreOptions } from '../app'
import { createRouter } from '../api/router'
import { loadWorkbookReader } from '../excel/sheet'
import type { JobCall } from './offload'

/** One heavy router call on a connection of its own; the thread ends when it has answered. */
let clock: { at: number; started: number } | undefined
const now = () => (clock ? new Date(clock.at + Date.now() - clock.started) : new Date())
const core = Core.attach({ ...(workerData as CoreOptions), now, offloadHeavyJobs: false })
// Loaded while the call's upload may still be arriving; the call awaits the same load (and reports its failure).
loadWorkbookReader().catch(() => undefined)
parentPort!.once('message', async ({ method, input, caller, channel, clockAt }: JobCall) => {
  if (clockAt !== undefined) clock = { at: clockAt, started: Date.now() }
  try {
    parentPort!.postMessage(await createRouter(core).call(method, input, caller, channel))
  } finally {
    // Not Core.close(): its TRUNCATE checkpoint would wait for the main connection's readers.
    core.sqlite.close()
  }
})
