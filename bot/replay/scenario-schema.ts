import { z } from 'zod';
import { ROLES } from '../../src/meeting/meeting-types';

const LocalDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'must be a local date-time like 2023-09-29T10:00');

const Person = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  role: z.enum(ROLES),
  organisation: z.string().optional(),
  email: z.string().optional(),
});

const Step = z.union([
  z.object({ at: LocalDateTime, from: z.string(), text: z.string() }),
  /** Presses the button with this title on the latest card that has one; `inputs` fills the card's inputs by their labels. */
  z.object({ at: LocalDateTime, from: z.string(), click: z.string().min(1), inputs: z.record(z.string(), z.string()).optional() }),
  z.object({ at: LocalDateTime, event: z.enum(['meetingStart', 'meetingEnd']) }),
  z.object({ at: LocalDateTime, event: z.enum(['join', 'leave']), who: z.array(z.string()).min(1) }),
]);

/** A scenario file (see ../shared/scenarios/FORMAT.md). */
export const ScenarioSchema = z.object({
  title: z.string().min(1),
  timezone: z.string().default('Europe/London'),
  scheduled: z.object({ start: LocalDateTime, end: LocalDateTime.optional() }),
  location: z.string().optional(),
  people: z.array(Person),
  agenda: z.string(),
  script: z.array(Step),
  expect: z.record(z.string(), z.unknown()).optional(),
  /** Scripted answers of the optional language model (the replay runs a local stand-in for it). */
  llm: z.array(z.object({ match: z.string().min(1), answer: z.union([z.string(), z.record(z.string(), z.unknown())]) })).optional(),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioStep = Scenario['script'][number];
export type ScenarioPerson = Scenario['people'][number];
