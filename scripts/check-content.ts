// `npm run content:check`: validates the content files and prints a summary, or the problems.
import { ContentError, loadContent } from '../lib/content/load'

try {
  const content = loadContent()
  const counts = Object.entries(content).map(
    ([name, value]) =>
      `${name}: ${Array.isArray(value) ? value.length : (value as { paragraphs: unknown[] }).paragraphs.length}`,
  )
  console.log(`content OK — ${counts.join(', ')}`)
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}
