// Seeding the report's own texts: the joint communiqué, the key figures, the delegations (annex 1),
// the abbreviations and the narrative sections. Part of the one seed transaction (lib/content/seed.ts).
import type { Content } from './schemas'
import { Counter, lookup, sync, syncByKey, type Tx } from './seed-sync'

export async function seedCommunique(tx: Tx, content: Content, counter: Counter) {
  const c = content.communique
  const data = {
    titleEs: c.title.es,
    titleEn: c.title.en,
    startDate: new Date(`${c.startDate}T00:00:00.000Z`),
    endDate: new Date(`${c.endDate}T00:00:00.000Z`),
    placeEs: c.place.es,
    placeEn: c.place.en,
  }
  const row = await syncByKey(counter, tx.communique, { key: c.key }, data)
  const anchors = c.paragraphs.map((p) => p.anchor)
  await tx.communiqueParagraph.deleteMany({ where: { communiqueId: row.id, anchor: { notIn: anchors } } })
  for (const [index, p] of c.paragraphs.entries()) {
    const where = { communiqueId_anchor: { communiqueId: row.id, anchor: p.anchor } }
    const pdata = { position: index + 1, textEs: p.text.es, textEn: p.text.en }
    await sync(
      counter,
      () => tx.communiqueParagraph.findUnique({ where }),
      () => tx.communiqueParagraph.create({ data: { communiqueId: row.id, anchor: p.anchor, ...pdata } }),
      () => tx.communiqueParagraph.update({ where, data: pdata }),
      pdata,
    )
  }
}

export async function seedKeyFigures(tx: Tx, content: Content, counter: Counter) {
  for (const [index, k] of content.keyFigures.entries()) {
    const data = {
      position: index + 1,
      valueEs: k.value.es,
      valueEn: k.value.en,
      labelEs: k.label.es,
      labelEn: k.label.en,
      sentenceEs: k.sentence.es,
      sentenceEn: k.sentence.en,
    }
    await syncByKey(counter, tx.keyFigure, { key: k.key }, data)
  }
}

export async function seedDelegations(tx: Tx, content: Content, counter: Counter, actorIds: Map<string, number>) {
  for (const [index, d] of content.delegations.entries()) {
    const data = {
      position: index + 1,
      nameEs: d.name.es,
      nameEn: d.name.en,
      listEs: d.list.es,
      listEn: d.list.en,
      actorId: d.actor ? lookup(actorIds, d.actor, 'actor') : null,
    }
    const row = await syncByKey(counter, tx.delegation, { key: d.key }, data)
    const wanted = d.participants.map((p, position) => ({
      position,
      name: p.name,
      role: p.role ?? null,
      institution: p.institution ?? null,
      lang: p.lang,
    }))
    const current = await tx.participant.findMany({
      where: { delegationId: row.id },
      select: { position: true, name: true, role: true, institution: true, lang: true },
      orderBy: { position: 'asc' },
    })
    if (JSON.stringify(current) !== JSON.stringify(wanted)) {
      await tx.participant.deleteMany({ where: { delegationId: row.id } })
      await tx.participant.createMany({ data: wanted.map((p) => ({ ...p, delegationId: row.id })) })
    }
  }
}

export async function seedAbbreviations(tx: Tx, content: Content, counter: Counter) {
  for (const a of content.abbreviations) {
    const data = { expansionEs: a.expansion.es, expansionEn: a.expansion.en }
    await syncByKey(counter, tx.abbreviation, { abbr: a.abbr }, data)
  }
}

export async function seedReportSections(tx: Tx, content: Content, counter: Counter) {
  for (const [index, r] of content.reportSections.entries()) {
    const data = { position: index + 1, titleEs: r.title.es, titleEn: r.title.en, bodyEs: r.body.es, bodyEn: r.body.en }
    await syncByKey(counter, tx.reportSection, { key: r.key }, data)
  }
}

/**
 * An actor the content files no longer list (the Dominican Republic, once attributed a practice it did not
 * present) leaves the database, unless a practice or a delegation still points to it, e.g. a practice
 * the secretariat edited: that link is theirs to change.
 */
/** Deletes actors the content no longer lists and nothing points to; returns how many. */
