// The countries and territories of the Americas that the map draws, by ISO 3166-1 code.
//
// Actors name countries by their alpha-2 code (content/actors.yaml); world-atlas names its Natural Earth
// shapes by the ISO 3166-1 numeric code (the same numbers as the UN's M49 "Standard country or area codes
// for statistical use", region 019 "Americas"). This table is the bridge, and it is also the map's
// extent: an actor whose code is not here is listed below the map instead of drawn.
// Source: ISO 3166-1 (alpha-2 and numeric columns), as published in the UN Statistics Division's M49
// table (https://unstats.un.org/unsd/methodology/m49/), region 019.

/** alpha-2 (upper case) → numeric (three digits, as world-atlas spells its ids). */
export const AMERICAS_ISO_NUMERIC: Readonly<Record<string, string>> = {
  // North America
  CA: '124',
  US: '840',
  MX: '484',
  GL: '304',
  BM: '060',
  PM: '666',
  // Central America
  BZ: '084',
  GT: '320',
  SV: '222',
  HN: '340',
  NI: '558',
  CR: '188',
  PA: '591',
  // The Caribbean
  AG: '028',
  BS: '044',
  BB: '052',
  CU: '192',
  DM: '212',
  DO: '214',
  GD: '308',
  HT: '332',
  JM: '388',
  KN: '659',
  LC: '662',
  VC: '670',
  TT: '780',
  PR: '630',
  AI: '660',
  AW: '533',
  CW: '531',
  SX: '534',
  MF: '663',
  BL: '652',
  KY: '136',
  MS: '500',
  TC: '796',
  VG: '092',
  VI: '850',
  // South America
  AR: '032',
  BO: '068',
  BR: '076',
  CL: '152',
  CO: '170',
  EC: '218',
  GY: '328',
  PY: '600',
  PE: '604',
  SR: '740',
  UY: '858',
  VE: '862',
  FK: '238',
}

/** The numeric id world-atlas uses for an alpha-2 code, or null when the country is not on the map. */
export function americasNumericId(alpha2: string | null | undefined): string | null {
  if (!alpha2) return null
  return AMERICAS_ISO_NUMERIC[alpha2.toUpperCase()] ?? null
}
