import { describe, expect, it } from 'vitest'
import { isAppUrl } from '../../../electron/main/security'

const DEV = 'http://localhost:5173'

describe('isAppUrl', () => {
  it('allows the app protocol pages', () => {
    expect(isAppUrl('app://uniondesk/index.html')).toBe(true)
    expect(isAppUrl('app://uniondesk/')).toBe(true)
    expect(isAppUrl('app://uniondesk/vouchers?id=3#top')).toBe(true)
  })

  it('allows the dev server only when it is set, and only its exact origin', () => {
    expect(isAppUrl('http://localhost:5173/index.html')).toBe(false)
    expect(isAppUrl('http://localhost:5173/index.html', DEV)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', DEV)).toBe(false)
    expect(isAppUrl('https://localhost:5173/', DEV)).toBe(false)
    expect(isAppUrl('http://localhost:5173.evil.com/', DEV)).toBe(false)
    expect(isAppUrl('http://localhost:5173@evil.com/', DEV)).toBe(false)
  })

  it('refuses everything else', () => {
    for (const url of [
      'file:///C:/Windows/win.ini',
      'file:///work/main/out/renderer/index.html',
      'https://evil.example/',
      'app://other/index.html',
      'app://uniondesk.evil/index.html',
      'app://user:pw@uniondesk/index.html',
      'app:uniondesk/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isAppUrl(url, DEV), url).toBe(false)
    }
  })

  it('ignores a dev URL that is not http(s)', () => {
    expect(isAppUrl('file:///tmp/x.html', 'file:///tmp/')).toBe(false)
    expect(isAppUrl('https://evil.example/', 'not a url')).toBe(false)
  })
})
