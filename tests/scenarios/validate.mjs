// Structural check of every *.scenario.json in this directory (or the files given):
//   node tests/scenarios/validate.mjs [file ...]
// It checks the format (../../../shared/scenarios/FORMAT.md), not what the bot does with it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(here).filter((f) => f.endsWith('.scenario.json')).map((f) => path.join(here, f));
const ROLES = new Set(['chair', 'vicechair', 'clerk', 'member', 'officer', 'guest']);
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
let bad = 0;

for (const file of files) {
  const errs = [];
  const e = (m) => errs.push(m);
  let sc;
  try {
    sc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.log(`FAIL ${path.basename(file)}: not JSON: ${err.message}`);
    bad++;
    continue;
  }
  if (!sc.title) e('no title');
  if (sc.timezone !== 'Europe/London') e('timezone is not Europe/London');
  if (!LOCAL.test(sc.scheduled?.start ?? '') || !LOCAL.test(sc.scheduled?.end ?? '')) e('scheduled start/end must be local YYYY-MM-DDTHH:MM');
  if (typeof sc.location !== 'string') e('no location');
  if (typeof sc.agenda !== 'string') e('no agenda');

  const byId = new Map();
  for (const p of sc.people ?? []) {
    if (byId.has(p.id)) e(`duplicate person id ${p.id}`);
    byId.set(p.id, p);
    if (!ROLES.has(p.role)) e(`${p.id}: bad role ${p.role}`);
    if (!p.name || !p.organisation) e(`${p.id}: name and organisation are required here`);
  }
  const names = new Set([...byId.values()].map((p) => p.name));
  if (names.size !== byId.size) e('two people share a name');
  if ([...byId.values()].filter((p) => p.role === 'chair').length !== 1) e('there must be exactly one chair');

  // Items as printed in the pasted agenda (FORMAT.md): whole numbers, and parts such as "9.3" or "5a".
  const printed = [...(sc.agenda ?? '').matchAll(/^\s*(?:item\s+)?(\d{1,3})(?:(\.\d{1,2}|[a-z])(?=[.)\s]))?(?=[.)\s])/gim)];
  const items = new Set(printed.flatMap((m) => (m[2] ? [`${m[1]}${m[2].toLowerCase()}`, m[1]] : [m[1]])));
  const onAgenda = (item) => items.has(String(item).toLowerCase());
  const script = sc.script ?? [];
  if (script.length < 20 || script.length > 70) e(`${script.length} script steps (want 20-70)`);
  let prev = '';
  let started = null;
  let ended = null;
  const joined = new Set();
  for (const [i, s] of script.entries()) {
    if (!LOCAL.test(s.at ?? '')) e(`step ${i}: bad "at" ${s.at}`);
    if (s.at < prev) e(`step ${i}: time goes backwards (${s.at} after ${prev})`);
    prev = s.at;
    if ('from' in s && 'click' in s) {
      if (!byId.has(s.from)) e(`step ${i}: unknown "from" ${s.from}`);
      if (typeof s.click !== 'string' || !s.click) e(`step ${i}: a click without a button title`);
    } else if ('from' in s) {
      if (!byId.has(s.from)) e(`step ${i}: unknown "from" ${s.from}`);
      if (typeof s.text !== 'string' || !s.text) e(`step ${i}: message without text`);
      if ('event' in s) e(`step ${i}: both a message and an event`);
    } else if (s.event === 'meetingStart' || s.event === 'meetingEnd') {
      if (s.event === 'meetingStart') { if (started) e('two meetingStart events'); started = s.at; }
      else { if (ended) e('two meetingEnd events'); ended = s.at; }
    } else if (s.event === 'join' || s.event === 'leave') {
      if (!Array.isArray(s.who) || !s.who.length) e(`step ${i}: ${s.event} without "who"`);
      for (const w of s.who ?? []) {
        if (!byId.has(w)) e(`step ${i}: unknown "who" ${w}`);
        if (s.event === 'join') joined.add(w);
      }
      if (!started || ended) e(`step ${i}: ${s.event} outside the meeting`);
    } else e(`step ${i}: neither a message nor a known event`);
  }
  if (!started || !ended) e('missing meetingStart or meetingEnd');

  const x = sc.expect ?? {};
  const present = new Set(x.present ?? []);
  const joinedNames = new Set([...joined].map((id) => byId.get(id)?.name));
  for (const n of present) if (!names.has(n)) e(`present: ${n} is not in people`);
  for (const n of joinedNames) if (!present.has(n)) e(`present: ${n} joined but is not listed`);
  for (const n of present) if (!joinedNames.has(n)) e(`present: ${n} never joined`);
  for (const a of x.apologies ?? []) {
    if (!names.has(a.name)) e(`apologies: ${a.name} is not in people`);
    if (present.has(a.name)) e(`apologies: ${a.name} is also present`);
    if (a.substitute !== null && !names.has(a.substitute)) e(`apologies: substitute ${a.substitute} is not in people`);
    if (a.substitute && !present.has(a.substitute)) e(`apologies: substitute ${a.substitute} did not attend`);
  }
  for (const d of x.declarations ?? []) {
    if (!names.has(d.name)) e(`declarations: ${d.name} is not in people`);
    if (!onAgenda(d.item)) e(`declarations: item ${d.item} is not in the agenda`);
    if (!d.nature) e(`declarations: no nature for ${d.name}`);
  }
  for (const d of x.decisions ?? []) {
    if (!onAgenda(d.item)) e(`decisions: item ${d.item} is not in the agenda`);
    if (!d.text) e('decisions: empty text');
  }
  for (const a of x.actions ?? []) {
    if (!a.owner || !a.text) e('actions: owner and text are required');
    if (a.due !== null && !DATE.test(a.due)) e(`actions: bad due ${a.due}`);
  }
  const RESULTS = new Set(['carried', 'lost']);
  const VOTES = new Set(['for', 'against', 'abstain']);
  const count = (v) => v === null || v === undefined || (Number.isInteger(v) && v >= 0);
  for (const v of x.votes ?? []) {
    if (!onAgenda(v.item)) e(`votes: item ${v.item} is not in the agenda`);
    if (!RESULTS.has(v.result)) e(`votes: result must be carried or lost, not ${v.result}`);
    for (const k of ['for', 'against', 'abstentions']) if (!count(v[k])) e(`votes: bad ${k} ${v[k]}`);
    for (const k of ['mover', 'seconder']) if (v[k] !== null && v[k] !== undefined && typeof v[k] !== 'string') e(`votes: bad ${k}`);
    for (const n of v.named ?? []) if (!n.name || !VOTES.has(n.vote)) e(`votes: bad named vote ${JSON.stringify(n)}`);
  }
  for (const a of x.appointments ?? []) {
    if (!onAgenda(a.item)) e(`appointments: item ${a.item} is not in the agenda`);
    if (!names.has(a.name)) e(`appointments: ${a.name} is not in people`);
    if (a.role !== 'chair' && a.role !== 'vicechair') e(`appointments: role must be chair or vicechair, not ${a.role}`);
  }
  for (const x9 of x.exempt ?? []) {
    if (!onAgenda(x9.item)) e(`exempt: item ${x9.item} is not in the agenda`);
    if (x9.paragraph !== null && !/^\d{1,2}[a-z]?$/.test(String(x9.paragraph))) e(`exempt: bad paragraph ${x9.paragraph}`);
  }
  for (const w of x.programme ?? []) {
    if (!onAgenda(w.item)) e(`programme: item ${w.item} is not in the agenda`);
    if (!w.text) e('programme: empty text');
  }
  for (const l of sc.llm ?? []) if (!l.match || (typeof l.answer !== 'string' && typeof l.answer !== 'object')) e('llm: each entry needs "match" and "answer"');
  if (x.nextMeeting !== null && !LOCAL.test(x.nextMeeting?.start ?? '')) e('nextMeeting must be null (the minutes give none) or { start: YYYY-MM-DDTHH:MM }');

  if (errs.length) bad++;
  console.log(`${errs.length ? 'FAIL' : 'ok  '} ${path.basename(file)}: ${script.length} steps, ${items.size} agenda items`);
  for (const m of errs) console.log(`     - ${m}`);
}
console.log(`${files.length - bad}/${files.length} valid`);
process.exit(bad ? 1 : 0);
