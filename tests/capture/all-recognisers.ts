/** Every chat recogniser by name, for tests that check a message against all of them. */
import { recogniseAction } from '../../src/capture/recognise-action';
import { recogniseApology } from '../../src/capture/recognise-apology';
import { recogniseDecision } from '../../src/capture/recognise-decision';
import { recogniseDeclaration } from '../../src/capture/recognise-declaration';
import { recogniseNavigation } from '../../src/capture/recognise-navigation';
import { recogniseNextMeeting } from '../../src/capture/recognise-next-meeting';
import { recogniseNote } from '../../src/capture/recognise-note';

export type RecogniserName = 'navigation' | 'decision' | 'note' | 'action' | 'apology' | 'declaration' | 'nextMeeting';

export const RECOGNISERS: Record<RecogniserName, (text: string) => unknown> = {
  navigation: recogniseNavigation,
  decision: recogniseDecision,
  note: recogniseNote,
  action: recogniseAction,
  apology: recogniseApology,
  declaration: recogniseDeclaration,
  nextMeeting: recogniseNextMeeting,
};

/** The names of the recognisers that read `text` (return something), in a fixed order. */
export function readers(text: string): RecogniserName[] {
  return (Object.keys(RECOGNISERS) as RecogniserName[]).filter((name) => RECOGNISERS[name](text) !== undefined);
}
