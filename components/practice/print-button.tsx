'use client'
import { Button } from '@/components/ui'

/** Opens the browser's print dialog; the page has a print stylesheet (globals.css and print: classes). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" size="sm" onClick={() => window.print()} data-print="hide">
      {label}
    </Button>
  )
}
