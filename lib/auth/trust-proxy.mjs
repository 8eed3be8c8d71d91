// Who is the client, and did it reach us over https? Believed from X-Forwarded-For / X-Forwarded-Proto
// only as far as TRUST_PROXY allows (docs/decisions/011-production-defaults.md). Plain JavaScript: the
// HTTP server around Next (scripts/serve.mjs) runs it without a TypeScript loader; the types are in
// trust-proxy.d.mts.
import { BlockList, isIP } from 'node:net'

/** The longest textual IP address (an IPv6 address with an embedded IPv4 one). */
export const MAX_IP_LENGTH = 45

/** A valid IPv4 or IPv6 address in canonical form ("::ffff:1.2.3.4" → "1.2.3.4"), or undefined. */
export function normalizeIp(value) {
  if (typeof value !== 'string') return undefined
  let ip = value.trim()
  if (ip.length === 0 || ip.length > MAX_IP_LENGTH + 2) return undefined
  if (ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1)
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip)
  if (mapped) ip = mapped[1]
  const family = isIP(ip)
  if (family === 4) return ip
  if (family === 6) return ip.toLowerCase()
  return undefined
}

const OFF = /^(?:false|off|no|0)$/i
const LOOPBACK = ['127.0.0.0/8', '::1/128']

/**
 * Parses TRUST_PROXY: unset, "false" or "0" → trust no proxy; a whole number → that many hops in front
 * of the portal; otherwise a comma-separated list of addresses and CIDR ranges ("loopback" for
 * 127.0.0.0/8 and ::1). Throws an Error with a message that completes "TRUST_PROXY …".
 */
export function parseTrustProxy(value) {
  const text = (value ?? '').trim()
  if (text === '' || OFF.test(text)) return { kind: 'none' }
  if (/^\d+$/.test(text)) {
    const hops = Number(text)
    if (hops > 32) throw new Error('must be a hop count up to 32, or a list of addresses')
    return { kind: 'hops', hops }
  }
  const list = new BlockList()
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  for (const entry of entries.flatMap((entry) => (entry.toLowerCase() === 'loopback' ? LOOPBACK : [entry]))) {
    const [address, prefix, extra] = entry.split('/')
    const ip = normalizeIp(address)
    const family = ip ? isIP(ip) : 0
    const bits = prefix === undefined ? undefined : Number(prefix)
    const maxBits = family === 6 ? 128 : 32
    if (!ip || extra !== undefined || (bits !== undefined && (!/^\d+$/.test(prefix) || bits > maxBits))) {
      throw new Error(
        `must be a hop count or a comma-separated list of IP addresses or CIDR ranges (not "${entry.slice(0, 60)}")`,
      )
    }
    const type = family === 6 ? 'ipv6' : 'ipv4'
    if (bits === undefined) list.addAddress(ip, type)
    else list.addSubnet(ip, bits, type)
  }
  return { kind: 'list', list }
}

/** The problem with a TRUST_PROXY value, for lib/env.ts; undefined when it is valid. */
export function trustProxyProblem(value) {
  try {
    parseTrustProxy(value)
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

function isTrusted(trust, ip, hop) {
  if (trust.kind === 'none') return false
  if (trust.kind === 'hops') return hop < trust.hops
  return trust.list.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4')
}

function headerValue(value) {
  return Array.isArray(value) ? value.join(',') : (value ?? '')
}

/**
 * The client's address and scheme. Walks from the socket's peer back through X-Forwarded-For (right to
 * left) while the address in hand is a trusted proxy; the first untrusted (or last) address is the
 * client. X-Forwarded-Proto counts only when the peer itself is trusted. A forged or malformed entry
 * beyond the trusted hops is never reached; a malformed one inside them stops the walk at the proxy.
 */
export function resolveClient({ remoteAddress, forwardedFor, forwardedProto, encrypted, trust }) {
  const peer = normalizeIp(remoteAddress) ?? 'unknown'
  const peerTrusted = peer !== 'unknown' && isTrusted(trust, peer, 0)
  const chain = headerValue(forwardedFor)
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .reverse()
  let ip = peer
  for (let hop = 0; ip !== 'unknown' && isTrusted(trust, ip, hop) && hop < chain.length; hop += 1) {
    const next = normalizeIp(chain[hop])
    if (!next) break
    ip = next
  }
  const claimedProto = headerValue(forwardedProto).split(',')[0]?.trim().toLowerCase()
  const proto =
    peerTrusted && (claimedProto === 'https' || claimedProto === 'http') ? claimedProto : encrypted ? 'https' : 'http'
  return { ip, proto, peerTrusted }
}

/** The headers scripts/serve.mjs sets on every request (and strips from what the client sent). */
export const CLIENT_IP_HEADER = 'x-crm-client-ip'
export const CLIENT_PROTO_HEADER = 'x-crm-client-proto'
