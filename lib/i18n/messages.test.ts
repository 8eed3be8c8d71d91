import { describe, expect, it } from 'vitest'
import en from '../../messages/en.json'
import es from '../../messages/es.json'

type Tree = { [key: string]: string | Tree }

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  )
}

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  )
}

/** ICU arguments used by a message: {name}, {count, plural, …}. */
function argumentsOf(message: string): string[] {
  return [...message.matchAll(/\{\s*([a-zA-Z0-9_]+)\s*[,}]/g)].map((m) => m[1]!).sort()
}

describe('messages', () => {
  it('es.json and en.json have the same keys', () => {
    const spanish = keys(es as Tree).sort()
    const english = keys(en as Tree).sort()
    expect(english.filter((k) => !spanish.includes(k))).toEqual([])
    expect(spanish.filter((k) => !english.includes(k))).toEqual([])
  })

  it('no message is empty, and both languages use the same ICU arguments', () => {
    const english = new Map(leaves(en as Tree))
    for (const [key, message] of leaves(es as Tree)) {
      expect(message.trim(), key).not.toBe('')
      expect(new Set(argumentsOf(english.get(key) ?? '')), key).toEqual(new Set(argumentsOf(message)))
    }
  })
})
