import { createTransport } from 'nodemailer';
import type { InviteModel } from './invite-model';

export interface SmtpOptions {
  host: string;
  port: number;
  /** true for implicit TLS (port 465); otherwise STARTTLS is used when the server offers it. */
  secure?: boolean;
  auth?: { user: string; pass: string };
}

/**
 * E-mails an invitation (or its cancellation) rendered by renderInvite: from the organizer to
 * every attendee, subject "Invitation: <summary>" / "Cancelled: <summary>", a plain-text body,
 * and the iCalendar text both as the `text/calendar; method=REQUEST|CANCEL; charset=utf-8`
 * alternative (what Outlook, Gmail and Apple Mail treat as an invitation) and, added by
 * nodemailer from the same `icalEvent`, as an `invite.ics` / `cancel.ics` attachment.
 *
 * Resolves with the addresses the SMTP server accepted and rejected; rejects when the server
 * refuses all of them or cannot be reached.
 */
export async function sendInviteEmail(
  smtp: SmtpOptions,
  model: InviteModel,
  ics: string,
): Promise<{ accepted: string[]; rejected: string[] }> {
  const method = model.method === 'CANCEL' ? 'CANCEL' : 'REQUEST';
  const methodLine = /^METHOD:(.*)$/m.exec(ics.replace(/\r\n[ \t]/g, ''))?.[1]?.trim();
  if (methodLine !== method) throw new Error(`the .ics says METHOD:${methodLine ?? '(none)'} but the model says ${method}`);

  const transport = createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure ?? false,
    ...(smtp.auth ? { auth: { user: smtp.auth.user, pass: smtp.auth.pass } } : {}),
  });
  try {
    const summary = oneLine(model.summary);
    const info = await transport.sendMail({
      from: { name: oneLine(model.organizer.name), address: model.organizer.email },
      to: model.attendees.map((a) => ({ name: oneLine(a.name), address: a.email })),
      subject: `${method === 'CANCEL' ? 'Cancelled' : 'Invitation'}: ${summary}`,
      text: plainBody(model),
      icalEvent: {
        method,
        filename: method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
        content: ics,
      },
    });
    return { accepted: info.accepted.map(address), rejected: info.rejected.map(address) };
  } finally {
    transport.close();
  }
}

function address(a: string | { address: string }): string {
  return typeof a === 'string' ? a : a.address;
}

function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001F\u007F]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The e-mail's text: when, where, how to join, the description. */
export function plainBody(model: InviteModel): string {
  const when = `${model.start.replace('T', ' ')} to ${model.end.slice(0, 10) === model.start.slice(0, 10) ? model.end.slice(11) : model.end.replace('T', ' ')} (${model.timezone})`;
  const lines = [
    model.method === 'CANCEL' ? `This meeting has been cancelled: ${oneLine(model.summary)}` : `You are invited to: ${oneLine(model.summary)}`,
    '',
    `When: ${when}`,
    ...(model.location ? [`Where: ${oneLine(model.location)}`] : []),
    ...(model.joinUrl && model.method !== 'CANCEL' ? [`Join online: ${model.joinUrl}`] : []),
    `Organiser: ${oneLine(model.organizer.name)} <${model.organizer.email}>`,
    '',
    model.description,
  ];
  return lines.join('\n');
}
