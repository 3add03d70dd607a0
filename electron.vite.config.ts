import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const root = import.meta.dirname

export default defineConfig({
  main: {
    build: {
      // Bundled, not resolved at run time: Node's ESM loader rereads drizzle-orm's 180 KB package.json
      // for each of its files (≈ 0.6 s and 150 MB on every start). exceljs stays out (loaded lazily).
      externalizeDeps: { exclude: ['drizzle-orm', 'zod', 'dayjs'] },
      // The CLI and the browser-mode server are bundled next to the Electron main process so that
      // `uniondesk` (bin) and the desktop app run the very same core code.
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          cli: resolve(root, 'electron/cli/index.ts'),
          // The heavy-job worker thread (core/jobs), found beside the bundle at run time.
          'job-worker': resolve(root, 'electron/core/jobs/worker-entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed window can only load a single CommonJS preload with nothing external.
      isolatedEntries: true,
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
})
