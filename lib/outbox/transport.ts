// The mail transport: nodemailer over SMTP_URL. Kept apart from the outbox so the tests can hand the
// sender a transport to their own SMTP sink.
import 'server-only'
import nodemailer, { type Transporter } from 'nodemailer'
import { env } from '../env'

/** The SMTP transport of SMTP_URL, or null when mail is not configured. */
export function smtpTransport(url = env().SMTP_URL): Transporter | null {
  return url ? nodemailer.createTransport(url) : null
}

/** MAIL_FROM, or noreply@ the public site's host. */
export function mailFrom(): string {
  const { MAIL_FROM, SITE_URL } = env()
  return MAIL_FROM ?? `noreply@${new URL(SITE_URL).hostname}`
}
