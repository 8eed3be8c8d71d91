import localFont from 'next/font/local'

// Inter from the npm package (no download at build), Latin subset (Spanish and English), preloaded.
// next/font adds a fallback face with size-adjust and metric overrides matched to Inter, so text
// keeps its place when the web font arrives (CLS; the communiqué's column is sized in `ch`).
export const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-inter',
  adjustFontFallback: 'Arial',
})
