'use client'

// The public proposal form (issue 15). A plain <form> posting to a server action: it works without
// JavaScript (the action redirects, or renders the page again with the errors and what was typed).
// Every control is uncontrolled, its default the value given back by the last submission.
import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { FormMessage } from '@/components/ui/form-message'
import { Button, Checkbox, Input, Select, TextArea } from '@/components/ui'
import { submitProposalAction, type ProposalFormState } from '@/lib/proposals/actions'
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

export function ProposalForm({ choices, issuedAt, correction, defaults, retentionDays }: Props) {
  const t = useTranslations('ProposalForm')
  const [state, action, pending] = useActionState<ProposalFormState, FormData>(submitProposalAction, null)
  const failed = state && !state.ok ? state : null
  const errors = failed?.fieldErrors ?? {}
  const values = failed?.values ?? {}
  const text = (
    name:
      | keyof ProposalFormDefaults
      | 'results'
      | 'lessons'
      | 'otherActorName'
      | 'proposerName'
      | 'proposerInstitution'
      | 'proposerEmail',
  ) => values[name] ?? (name in defaults ? String(defaults[name as keyof ProposalFormDefaults] ?? '') : '')
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

      <Input
        id="proposal-title"
        name="title"
        required
        label={t('title')}
        defaultValue={text('title')}
        error={errors.title}
        maxLength={PROPOSAL_LIMITS.title + 1}
      />
      <Select id="proposal-kind" name="kind" required label={t('kind')} defaultValue={text('kind')} error={errors.kind}>
        <option value="">{t('actorChoose')}</option>
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </Select>
      <Select
        id="proposal-actor"
        name="actor"
        required
        label={t('actor')}
        defaultValue={text('actor')}
        error={errors.actor}
      >
        <option value="">{t('actorChoose')}</option>
        {choices.actors.map((actor) => (
          <option key={actor.id} value={String(actor.id)}>
            {actor.name}
          </option>
        ))}
        <option value={OTHER_ACTOR}>{t('actorOther')}</option>
      </Select>
      <Input
        id="proposal-other-actor"
        name="otherActorName"
        label={t('otherActorName')}
        hint={t('otherActorHint')}
        defaultValue={text('otherActorName')}
        error={errors.otherActorName}
        maxLength={PROPOSAL_LIMITS.otherActorName + 1}
      />
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
      <TextArea
        id="proposal-summary"
        name="summary"
        required
        rows={3}
        label={t('summary')}
        hint={t('summaryHint')}
        defaultValue={text('summary')}
        error={errors.summary}
        maxLength={PROPOSAL_LIMITS.summary}
      />
      <TextArea
        id="proposal-description"
        name="description"
        required
        rows={8}
        label={t('description')}
        hint={t('descriptionHint')}
        defaultValue={text('description')}
        error={errors.description}
        maxLength={PROPOSAL_LIMITS.description}
      />
      <TextArea
        id="proposal-results"
        name="results"
        label={t('results')}
        hint={t('longHint')}
        defaultValue={text('results')}
        error={errors.results}
        maxLength={PROPOSAL_LIMITS.results}
      />
      <TextArea
        id="proposal-lessons"
        name="lessons"
        label={t('lessons')}
        hint={t('longHint')}
        defaultValue={text('lessons')}
        error={errors.lessons}
        maxLength={PROPOSAL_LIMITS.lessons}
      />
      <Input
        id="proposal-link"
        name="link"
        type="url"
        label={t('link')}
        hint={t('linkHint')}
        defaultValue={text('link')}
        error={errors.link}
        maxLength={PROPOSAL_LIMITS.link + 1}
      />

      <fieldset className="space-y-4 rounded-md border border-neutral-300 p-4">
        <legend className="px-1 font-semibold text-neutral-900">{t('proposerHeading')}</legend>
        <p className="text-sm text-neutral-700">{t('proposerHint', { days: retentionDays })}</p>
        <Input
          id="proposal-name"
          name="proposerName"
          required
          autoComplete="name"
          label={t('proposerName')}
          defaultValue={text('proposerName')}
          error={errors.proposerName}
          maxLength={PROPOSAL_LIMITS.proposerName + 1}
        />
        <Input
          id="proposal-institution"
          name="proposerInstitution"
          required
          autoComplete="organization"
          label={t('proposerInstitution')}
          defaultValue={text('proposerInstitution')}
          error={errors.proposerInstitution}
          maxLength={PROPOSAL_LIMITS.proposerInstitution + 1}
        />
        <Input
          id="proposal-email"
          name="proposerEmail"
          type="email"
          required
          autoComplete="email"
          label={t('proposerEmail')}
          defaultValue={text('proposerEmail')}
          error={errors.proposerEmail}
          maxLength={PROPOSAL_LIMITS.proposerEmail + 1}
        />
      </fieldset>

      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? t('sending') : correction ? t('submitCorrection') : t('submit')}
      </Button>
    </form>
  )
}
