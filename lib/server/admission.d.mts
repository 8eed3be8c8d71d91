export type AdmissionLimits = { maxInFlight: number; maxQueued: number; maxWaitMs: number }
export type Admission = {
  enter: () => Promise<(() => void) | null>
  stats: () => { inFlight: number; queued: number }
}
export function createAdmission(limits: AdmissionLimits): Admission
export function admissionLimitsFromEnv(env: Record<string, string | undefined>): AdmissionLimits
