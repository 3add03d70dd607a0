/** Pushed from the core to the window while long work runs (exports, imports, restores). */
export interface ProgressEvent {
  /** Which job: the method that started it plus a random id. */
  jobId: string
  title: string
  done: number
  total: number
  finished: boolean
  /** Who started the job: browser mode sends each user only their own jobs' progress. */
  userId?: number | null
}
