import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderApiDocs } from '../../../scripts/api-docs'
import { contract } from '../../../electron/shared/contract'

describe('docs/api.md', () => {
  it('is up to date with the contract (run `npm run docs:api` after changing it)', () => {
    const onDisk = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'api.md'), 'utf8')
    expect(onDisk).toBe(renderApiDocs())
  })

  it('documents every method', () => {
    const docs = renderApiDocs()
    for (const name of Object.keys(contract)) expect(docs).toContain(`### \`${name}\``)
  })
})
