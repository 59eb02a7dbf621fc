import { EVIDENCE_LEVELS, type Evidence } from '../../../shared/model/stepDetails';
import { EVIDENCE_WORDS } from '../../../shared/words/evidenceWords';
import { SegmentedChoice, type SegmentedOption } from './SegmentedChoice';

const OPTIONS: readonly SegmentedOption<Evidence | null>[] = [
  { value: null, name: 'Not set' },
  ...EVIDENCE_LEVELS.map((evidence) => ({ value: evidence, name: EVIDENCE_WORDS[evidence] })),
];

const CAPTIONS: Readonly<Record<Evidence, string>> = {
  observed: 'Seen with real customers.',
  assumed: 'Believed, not yet seen: drawn dashed.',
  proposed: 'A step the team proposes: drawn dotted.',
};

/** How sure the team is that the step happens as drawn. */
export function EvidenceChoice({ evidence, onChange }: { readonly evidence: Evidence | undefined; readonly onChange: (evidence: Evidence | null) => void }) {
  const value = evidence ?? null;
  return <SegmentedChoice legend="Evidence" options={OPTIONS} value={value} onChange={onChange} caption={value === null ? undefined : CAPTIONS[value]} />;
}
