import { Core, type CoreOptions } from './app'
import { createRouter, type Router } from './api/router'

export { Core, type CoreOptions } from './app'
export type { Router } from './api/router'

export interface OpenedCore {
  core: Core
  router: Router
}

/** Open a data folder and the router over it: what each transport (window, HTTP, CLI) starts with. */
export function openCore(options: CoreOptions): OpenedCore {
  const core = Core.open(options)
  return { core, router: createRouter(core) }
}
