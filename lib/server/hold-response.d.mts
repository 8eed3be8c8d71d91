import type { ServerResponse } from 'node:http'

export type Replacement = { status: number; headers: Record<string, string>; body: string }
export function holdResponse(
  res: ServerResponse,
  policy: {
    hold: (status: number) => boolean
    settle: (held: { status: number; headers: Record<string, unknown>; body: Buffer }) => Promise<Replacement | null>
  },
): void
