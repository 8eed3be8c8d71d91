// The server-rendered forms of a page, read from its HTML, and their submission as a browser without
// JavaScript would send it (multipart, with Next's hidden action fields): what the hostile-input sweep
// and the proxy tests post.
import type { APIRequestContext, APIResponse } from '@playwright/test'

export type FormField = { name: string; value: string; type: string }
export type PageForm = { action: string; method: 'GET' | 'POST'; multipart: boolean; fields: FormField[] }

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)
  return match ? decode(match[1]!) : undefined
}

export function formsOf(html: string, pageUrl: string): PageForm[] {
  const forms: PageForm[] = []
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const tag = `<form ${match[1]}>`
    const body = match[2]!
    const fields: FormField[] = []
    for (const input of body.matchAll(/<input\b[^>]*>/gi)) {
      const name = attribute(input[0], 'name')
      const type = (attribute(input[0], 'type') ?? 'text').toLowerCase()
      if (!name || type === 'submit' || type === 'button') continue
      if ((type === 'checkbox' || type === 'radio') && !/\schecked=/i.test(input[0])) {
        if (!fields.some((field) => field.name === name))
          fields.push({ name, value: attribute(input[0], 'value') ?? 'on', type })
        continue
      }
      fields.push({ name, value: attribute(input[0], 'value') ?? '', type })
    }
    for (const area of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
      const name = attribute(`<t ${area[1]}>`, 'name')
      if (name) fields.push({ name, value: decode(area[2]!), type: 'textarea' })
    }
    for (const select of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
      const name = attribute(`<s ${select[1]}>`, 'name')
      const selected =
        /<option\b[^>]*\sselected=""[^>]*value="([^"]*)"|<option\b[^>]*value="([^"]*)"[^>]*\sselected=""/i.exec(
          select[2]!,
        )
      const first = /<option\b[^>]*value="([^"]*)"/i.exec(select[2]!)
      if (name) fields.push({ name, value: decode(selected?.[1] ?? selected?.[2] ?? first?.[1] ?? ''), type: 'select' })
    }
    const action = attribute(tag, 'action')
    forms.push({
      action: new URL(action || pageUrl, pageUrl).toString(),
      method: (attribute(tag, 'method') ?? 'GET').toUpperCase() === 'POST' ? 'POST' : 'GET',
      multipart: (attribute(tag, 'enctype') ?? attribute(tag, 'encType') ?? '').toLowerCase() === 'multipart/form-data',
      fields,
    })
  }
  return forms
}

/** The form's own fields (not Next's hidden $ACTION_* ones). */
export function userFields(form: PageForm): FormField[] {
  return form.fields.filter((field) => !field.name.startsWith('$ACTION') && field.type !== 'hidden')
}

/** Submits `form` with `values` replacing its fields' values, as a browser without JavaScript would. */
export async function submitForm(
  request: APIRequestContext,
  form: PageForm,
  values: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>,
  headers: Record<string, string> = {},
): Promise<APIResponse> {
  if (form.method === 'GET') {
    const url = new URL(form.action)
    for (const field of form.fields) {
      const value = values[field.name] ?? field.value
      url.searchParams.set(field.name, typeof value === 'string' ? value : '')
    }
    return request.get(url.toString(), { headers, maxRedirects: 0 })
  }
  const multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> = {}
  for (const field of form.fields) multipart[field.name] = values[field.name] ?? field.value
  for (const [name, value] of Object.entries(values)) multipart[name] ??= value
  return request.post(form.action, {
    multipart,
    headers: { Origin: new URL(form.action).origin, ...headers },
    maxRedirects: 0,
  })
}
