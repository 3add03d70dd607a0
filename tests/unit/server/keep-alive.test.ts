import { connect } from 'node:net'
import { describe, expect, it } from 'vitest'
import { testApp } from '../helpers'
import { serveTestApp } from './server-helpers'

/** One raw HTTP/1.1 request on a socket; resolves with the status line once the response has arrived. */
function requestOn(socket: ReturnType<typeof connect>): Promise<string> {
  return new Promise((resolve) => {
    let text = ''
    const onData = (chunk: Buffer) => {
      text += chunk.toString()
      if (!text.includes('\r\n\r\n')) return
      socket.off('data', onData)
      resolve(text.split('\r\n')[0])
    }
    socket.on('data', onData)
    socket.write('HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n')
  })
}

describe('browser-mode HTTP server keep-alive', () => {
  it('keeps an idle connection open past 5 s, so a client reusing it after a pause is answered, not reset', async () => {
    const server = await serveTestApp(testApp())
    const { port } = new URL(server.url)
    const socket = connect(Number(port), '127.0.0.1')
    let closedAt: number | null = null
    socket.on('close', () => (closedAt = Date.now()))
    expect(await requestOn(socket)).toBe('HTTP/1.1 200 OK')
    // Node's default keepAliveTimeout (5 s) would have ended the socket by now.
    await new Promise((resolve) => setTimeout(resolve, 6_000))
    expect(closedAt).toBeNull()
    expect(await requestOn(socket)).toBe('HTTP/1.1 200 OK')
    socket.destroy()
  })
})
