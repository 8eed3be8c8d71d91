// What a call to the data layer ended in, for the authorisation tests: 'OK' or the AppError's code.
import { AppError, isAppError, type AppErrorCode } from '@/lib/errors'

export async function codeOf(promise: Promise<unknown>): Promise<AppErrorCode | 'OK'> {
  try {
    await promise
    return 'OK'
  } catch (error) {
    if (isAppError(error)) return error.code
    throw error
  }
}

export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected an AppError')
}
