// registry/: the 组织台账 — the union tree (tree.ts, unions.ts), enterprises year by year, 小二级 records
// (records.ts, record-kinds.ts), rates and the scorecard, the dashboard, and registry imports and exports
// (import.ts, export.ts) over one column list per kind (sheets.ts, columns.ts).
import { dashboardHandlers } from './dashboard'
import { enterprisesHandlers } from './enterprises'
import { exportRegistry } from './export'
import { importRegistry } from './import'
import { ratesHandlers } from './rates'
import { recordKindHandlers } from './record-kinds'
import { scorecardHandlers } from './scorecard'
import { registrySettingsHandlers } from './settings'
import { unionsHandlers } from './unions'

/** Every 组织台账 method; api/handlers.ts spreads this one map. */
export const registryHandlers = {
  ...unionsHandlers,
  ...enterprisesHandlers,
  ...registrySettingsHandlers,
  ...recordKindHandlers,
  ...ratesHandlers,
  ...scorecardHandlers,
  ...dashboardHandlers,
  'registry.export': exportRegistry,
  'import.registry': importRegistry,
}
