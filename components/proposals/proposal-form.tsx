'use client'

// The public proposal form (issue 15). A plain <form> posting to a server action: it works without
// JavaScript (the action redirects, or renders the page again with the errors and what was typed).
// Every control is uncontrolled, its default the value given back by the last submission.
import { useTranslations } from 'next-intl'
import { FormMessage } from '@/components/ui/form-message'
import { Button, Checkbox, Input, Select, TextArea } from '@/components/ui'
import { useFormAction } from '@/components/ui/use-form-action'
import { submitProposalAction } from '@/lib/proposals/actions'
import { OTHER_ACTOR, PROPOSAL_LIMITS } from '@/lib/proposals/limits'

const KINDS = ['GOOD_PRACTICE', 'POLICY', 'TOOL'] as const

export type ProposalFormDefaults = {
  title?: string
  kind?: string
  actor?: string
  summary?: string
  description?: string
  link?: string
  objectiveNumbers?: number[]
}

type Props = {
  choices: { actors: { id: number; name: string }[]; objectives: { number: number; title: string }[] }
  /** The signed time the form was rendered (lib/proposals/tokens.ts). */
  issuedAt: string
  correction: { slug: string } | null
  defaults: ProposalFormDefaults
  retentionDays: number
}

/** The proposal's text fields: each name is also its label's key and its entry in PROPOSAL_LIMITS. */
type TextField = Exclude<keyof typeof PROPOSAL_LIMITS, 'declineReason'>

export function ProposalForm({ choices, issuedAt, correction, defaults, retentionDays }: Props) {
  const t = useTranslations('ProposalForm')
  const { action, pending, failed, field } = useFormAction(submitProposalAction)
  const errors = failed?.fieldErrors ?? {}
  const text = (name: TextField | 'kind' | 'actor') => {
    const initial = name in defaults ? defaults[name as keyof ProposalFormDefaults] : undefined
    return { ...field(name, String(initial ?? '')), label: t(name) }
  }
  /** A single-line input lets one character more in than the server takes: going over gets its message. */
  const line = (name: TextField) => ({ ...text(name), maxLength: PROPOSAL_LIMITS[name] + 1 })
  const area = (name: TextField) => ({ ...text(name), maxLength: PROPOSAL_LIMITS[name] })
  const checkedObjectives = new Set(failed?.objectiveNumbers ?? (defaults.objectiveNumbers ?? []).map(String))

  return (
    <form action={action} noValidate className="max-w-3xl space-y-6">
      <FormMessage tone="error">{failed?.formError}</FormMessage>
      <input type="hidden" name="issuedAt" value={issuedAt} />
      <input type="hidden" name="type" value={correction ? 'CORRECTION' : 'NEW_PRACTICE'} />
      {correction ? <input type="hidden" name="practiceSlug" value={correction.slug} /> : null}
      {errors.practiceSlug ? <FormMessage tone="error">{errors.practiceSlug}</FormMessage> : null}

      {/* The honeypot: out of sight and out of the tab order; people leave it empty, form-filling bots do not. */}
      <div className="absolute -left-[10000px] h-px w-px overflow-hidden" aria-hidden="true">
        <label htmlFor="proposal-website">{t('honeypot')}</label>
        <input id="proposal-website" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <Input id="proposal-title" required {...line('title')} />
      <Select
        id="proposal-kind"
        required
        {...text('kind')}
        blank={t('actorChoose')}
        options={KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
      />
      <Select
        id="proposal-actor"
        required
        {...text('actor')}
        blank={t('actorChoose')}
        options={choices.actors.map((actor) => ({ value: String(actor.id), label: actor.name }))}
      >
        <option value={OTHER_ACTOR}>{t('actorOther')}</option>
      </Select>
      <Input id="proposal-other-actor" {...line('otherActorName')} hint={t('otherActorHint')} />
      <fieldset
        className="space-y-1"
        aria-describedby={errors.objectiveNumbers ? 'proposal-objectives-error' : undefined}
      >
        <legend className="font-medium text-neutral-900">{t('objectives')}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {choices.objectives.map((objective) => (
            <Checkbox
              key={objective.number}
              id={`proposal-objective-${objective.number}`}
              name="objectiveNumbers"
              value={String(objective.number)}
              defaultChecked={checkedObjectives.has(String(objective.number))}
              label={t('objective', { number: objective.number, title: objective.title })}
            />
          ))}
        </div>
        {errors.objectiveNumbers ? (
          <p id="proposal-objectives-error" className="text-sm font-medium text-danger-700">
            {errors.objectiveNumbers}
          </p>
        ) : null}
      </fieldset>
      <TextArea id="proposal-summary" required rows={3} {...area('summary')} hint={t('summaryHint')} />
      <TextArea id="proposal-description" required rows={8} {...area('description')} hint={t('descriptionHint')} />
      <TextArea id="proposal-results" {...area('results')} hint={t('longHint')} />
      <TextArea id="proposal-lessons" {...area('lessons')} hint={t('longHint')} />
      <Input id="proposal-link" type="url" {...line('link')} hint={t('linkHint')} />

      <fieldset className="space-y-4 rounded-md border border-neutral-300 p-4">
        <legend className="px-1 font-semibold text-neutral-900">{t('proposerHeading')}</legend>
        <p className="text-sm text-neutral-700">{t('proposerHint', { days: retentionDays })}</p>
        <Input id="proposal-name" required autoComplete="name" {...line('proposerName')} />
        <Input id="proposal-institution" required autoComplete="organization" {...line('proposerInstitution')} />
        <Input id="proposal-email" type="email" required autoComplete="email" {...line('proposerEmail')} />
      </fieldset>

      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? t('sending') : correction ? t('submitCorrection') : t('submit')}
      </Button>
    </form>
  )
}
