import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { openCore } from '../../core'
import { coreOptions, rendererDir } from '../context'
import type { Command } from './types'

/** How the data-folder lock names a running browser-mode server. */
export const SERVE_LOCK = { program: '浏览器模式服务（uniondesk serve）', action: '启动' }

export const serve: Command = {
  usage: 'serve [--host 127.0.0.1] [--port 3210]   启动浏览器模式（内网用户用浏览器访问）',
  options: { host: { type: 'string' }, port: { type: 'string' } },
  async run(ctx, { values }) {
    const dir = rendererDir()
    if (!existsSync(join(dir, 'index.html'))) throw new AppError('NOT_FOUND', '找不到界面文件，请先运行 npm run build')
    const port = Number(values.port ?? 3210)
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AppError('VALIDATION', `端口号不正确：${values.port}`)
    // Several users share this process: imports run in a worker thread so their reads go on.
    const opened = openCore({ ...coreOptions(ctx.dataDir, SERVE_LOCK), offloadHeavyJobs: true })
    // node:http is imported here, not at the top: its ESM facade loads undici (≈ 50 ms) on every other command's start.
    const { startServer } = await import('../../server/http')
    const server = await startServer({ ...opened, rendererDir: dir, host: (values.host as string) ?? '127.0.0.1', port })
    ctx.out(`UnionDesk 浏览器模式已启动：${server.url}`)
    ctx.out(`数据文件夹：${ctx.dataDir}（按 Ctrl+C 停止）`)
    await new Promise<void>((resolve) => {
      const stop = () => {
        void server.close().then(() => {
          opened.core.close()
          resolve()
        })
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
  },
}
