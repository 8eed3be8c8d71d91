/** The title of a workspace page about one practice: "Edit: <its Spanish title>", marked as Spanish. */
export function PracticeTitle({ label, titleEs }: { label: string; titleEs: string }) {
  return (
    <>
      {label}: <span lang="es">{titleEs}</span>
    </>
  )
}
