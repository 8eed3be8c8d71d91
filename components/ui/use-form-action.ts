'use client'

import { useActionState } from 'react'
import type { FormState } from '@/lib/forms/form-state'

type Failure<State> = Extract<NonNullable<State>, { ok: false }>

/**
 * A form posting to a server action that answers with a FormState. Gives the state, the last failure
 * (null before a submission and after a success) and `field(name)`: what one control takes from that
 * failure, so that no control forgets its error or loses what the user typed.
 */
export function useFormAction<State extends FormState<unknown>>(
  serverAction: (previous: State, formData: FormData) => Promise<State>,
  /** The page's own path: the form's action in the server HTML, instead of the invalid action="". */
  permalink?: string,
) {
  const [state, action, pending] = useActionState<State, FormData>(serverAction, null as Awaited<State>, permalink)
  const failed = state && !state.ok ? (state as Failure<State>) : null
  const errors = failed?.fieldErrors ?? {}
  const values = failed?.values ?? {}
  /** The control's name and error; with `initial`, its default value too: what was typed, else `initial`. */
  function field(name: string): { name: string; error?: string }
  function field(name: string, initial: string): { name: string; error?: string; defaultValue: string }
  function field(name: string, initial?: string): { name: string; error?: string; defaultValue?: string } {
    const error: string | undefined = errors[name]
    return initial === undefined ? { name, error } : { name, error, defaultValue: values[name] ?? initial }
  }
  return { state, action, pending, failed, field }
}
