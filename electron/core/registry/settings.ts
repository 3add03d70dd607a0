import { thresholds, type Thresholds } from '../../shared/contract/registry'
import type { HandlerMap } from '../api/types'
import type { Core } from '../app'
import { getSetting, setSetting } from '../system/settings'
import { assertWithin } from './values'

const KEY = 'registry.thresholds'

/**
 * The scorecard's numbers. Stored as one JSON setting; what is missing (a setting added by a later
 * version) takes the guidance's default, and a damaged value falls back to the defaults whole.
 */
export function readThresholds(core: Core): Thresholds {
  let stored: unknown = {}
  try {
    stored = JSON.parse(getSetting(core.db, KEY) ?? '{}')
  } catch {
    // A hand-edited, unreadable value: the defaults apply until the 系统管理员 saves the settings again.
  }
  const parsed = thresholds.safeParse(stored)
  return parsed.success ? parsed.data : thresholds.parse({})
}

export const registrySettingsHandlers: HandlerMap<'registry.settings' | 'registry.saveSettings'> = {
  'registry.settings': (ctx) => readThresholds(ctx.core),

  'registry.saveSettings': (ctx, input) => {
    assertWithin(input.minUnions, input.maxUnions, 'maxUnions', '工会组织数上限不能小于下限')
    assertWithin(input.minMembers, input.maxMembers, 'maxMembers', '会员数上限不能小于下限')
    assertWithin(input.oneStaffAt, input.twoStaffAt, 'twoStaffAt', '配备 2 名专职工作者的会员数不能小于配备 1 名的')
    setSetting(ctx.core.db, KEY, JSON.stringify(input))
    ctx.audit.targets = ['registry:settings']
    ctx.audit.summary = `修改台账检查标准：${JSON.stringify(input)}`
    return { ok: true }
  },
}
