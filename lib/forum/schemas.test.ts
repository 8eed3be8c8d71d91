import { describe, expect, it } from 'vitest'
import {
  CountryCodeParamSchema,
  ObjectiveNumberParamSchema,
  OrganizationSlugParamSchema,
  parseParam,
  SessionSlugParamSchema,
} from './schemas'

describe('route params', () => {
  it('accepts objective numbers 1–23 only, written canonically', () => {
    expect(parseParam(ObjectiveNumberParamSchema, '1')).toBe(1)
    expect(parseParam(ObjectiveNumberParamSchema, '23')).toBe(23)
    for (const bad of ['0', '24', 'abc', '1.5', '07', '-1', '', ' 7', '1e1', '100']) {
      expect(parseParam(ObjectiveNumberParamSchema, bad), bad).toBeUndefined()
    }
  })

  it('accepts lower-case session slugs', () => {
    expect(parseParam(SessionSlugParamSchema, 'sesion-2a')).toBe('sesion-2a')
    for (const bad of ['SESION-1', 'a b', '../x', '-x', 'x'.repeat(101)]) {
      expect(parseParam(SessionSlugParamSchema, bad), bad).toBeUndefined()
    }
  })

  it('reads country codes in any casing and says whether the URL is the canonical one', () => {
    expect(parseParam(CountryCodeParamSchema, 'mx')).toEqual({ canonical: 'mx', isCanonical: true })
    expect(parseParam(CountryCodeParamSchema, 'MX')).toEqual({ canonical: 'mx', isCanonical: false })
    expect(parseParam(CountryCodeParamSchema, 'Mx')).toEqual({ canonical: 'mx', isCanonical: false })
    for (const bad of ['m', 'mex', 'm1', 'ñu']) expect(parseParam(CountryCodeParamSchema, bad), bad).toBeUndefined()
  })

  it('reads organisation slugs in any casing', () => {
    expect(parseParam(OrganizationSlugParamSchema, 'ops-oms')).toEqual({ canonical: 'ops-oms', isCanonical: true })
    expect(parseParam(OrganizationSlugParamSchema, 'OIM')).toEqual({ canonical: 'oim', isCanonical: false })
    for (const bad of ['o i m', 'oim!', '']) expect(parseParam(OrganizationSlugParamSchema, bad), bad).toBeUndefined()
  })
})
