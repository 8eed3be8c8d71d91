import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Replacement } from './hold-response.mjs'

export function escapeHtml(value: unknown): string
export function localeOfPath(url: string | undefined): 'es' | 'en'
export function messagesOf(locale: 'es' | 'en', namespace: string): Record<string, string>
export function requestErrors(locale: 'es' | 'en'): Record<string, string>
export function plainPage(page: {
  locale: 'es' | 'en'
  title: string
  text: string
  link: { href: string; text: string }
}): string
export function unavailableResponse(
  url: string | undefined,
  options: { reason: 'busy' | 'database'; retryAfterSeconds: number },
): Replacement
export function sendResponse(req: IncomingMessage, res: ServerResponse, response: Replacement): void
