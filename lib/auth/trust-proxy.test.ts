import { describe, expect, it } from 'vitest'
import { normalizeIp, parseTrustProxy, resolveClient } from './trust-proxy.mjs'

const client = (trust: string | undefined, remoteAddress: string, forwardedFor?: string, forwardedProto?: string) =>
  resolveClient({ remoteAddress, forwardedFor, forwardedProto, trust: parseTrustProxy(trust) })

describe('TRUST_PROXY', () => {
  it('is off by default: X-Forwarded-For and -Proto from anyone are ignored', () => {
    expect(client(undefined, '203.0.113.9', '1.2.3.4', 'https')).toEqual({
      ip: '203.0.113.9',
      proto: 'http',
      peerTrusted: false,
    })
    expect(client('false', '::ffff:127.0.0.1', '1.2.3.4')).toMatchObject({ ip: '127.0.0.1' })
  })

  it('with a hop count, believes that many proxies from the right', () => {
    // nginx appends the address it saw; whatever the client wrote before it is not believed.
    expect(client('1', '127.0.0.1', '6.6.6.6, 198.51.100.4', 'https')).toEqual({
      ip: '198.51.100.4',
      proto: 'https',
      peerTrusted: true,
    })
    expect(client('2', '127.0.0.1', '6.6.6.6, 198.51.100.4, 10.0.0.2')).toMatchObject({ ip: '198.51.100.4' })
    expect(client('3', '127.0.0.1', '198.51.100.4')).toMatchObject({ ip: '198.51.100.4' })
  })

  it('with an address list, walks back while the address is a listed proxy', () => {
    expect(client('loopback, 10.0.0.0/8', '127.0.0.1', '6.6.6.6, 198.51.100.4, 10.1.2.3')).toMatchObject({
      ip: '198.51.100.4',
    })
    expect(client('10.0.0.0/8', '203.0.113.9', '1.2.3.4', 'https')).toEqual({
      ip: '203.0.113.9',
      proto: 'http',
      peerTrusted: false,
    })
    expect(client('2001:db8::/32', '2001:db8::1', '2001:db8::2, 198.51.100.7')).toMatchObject({ ip: '198.51.100.7' })
  })

  it('never takes a malformed or oversized address as the client', () => {
    expect(client('1', '127.0.0.1', 'x'.repeat(8000))).toMatchObject({ ip: '127.0.0.1' })
    expect(client('1', '127.0.0.1', '<script>')).toMatchObject({ ip: '127.0.0.1' })
    expect(client('1', '127.0.0.1', '1.2.3.4', 'javascript')).toMatchObject({ proto: 'http' })
  })

  it.each(['10.0.0.0/99', 'nonsense', '1.2.3.4/8/2', '99'])('rejects %j', (value) => {
    expect(() => parseTrustProxy(value)).toThrow()
  })
})

describe('normalizeIp', () => {
  it('keeps valid addresses in canonical form and refuses the rest', () => {
    expect(normalizeIp('::FFFF:192.0.2.1')).toBe('192.0.2.1')
    expect(normalizeIp('[2001:DB8::1]')).toBe('2001:db8::1')
    expect(normalizeIp('1.2.3.4\u0000')).toBeUndefined()
    expect(normalizeIp('1'.repeat(100))).toBeUndefined()
    expect(normalizeIp(undefined)).toBeUndefined()
  })
})
