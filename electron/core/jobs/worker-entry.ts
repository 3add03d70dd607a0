import module from 'node:module'

// A worker thread is a Node instance of its own: without this it would compile the bundle and exceljs from
// scratch on every import (the CLI's bin enables the cache for the main thread only). Static imports run first,
// so the job itself is imported after.
module.enableCompileCache?.()
await import('./worker')
