import type { BlockList } from 'node:net'

export type TrustProxy = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'list'; list: BlockList }
export type ResolvedClient = { ip: string; proto: 'http' | 'https'; peerTrusted: boolean }

export const MAX_IP_LENGTH: number
export const CLIENT_IP_HEADER: 'x-crm-client-ip'
export const CLIENT_PROTO_HEADER: 'x-crm-client-proto'
export function normalizeIp(value: unknown): string | undefined
export function parseTrustProxy(value: string | undefined): TrustProxy
export function trustProxyProblem(value: string | undefined): string | undefined
export function resolveClient(request: {
  remoteAddress: string | undefined
  forwardedFor: string | string[] | undefined
  forwardedProto: string | string[] | undefined
  encrypted?: boolean
  trust: TrustProxy
}): ResolvedClient
