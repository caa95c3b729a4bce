// The self-assessment a leader has begun, kept on the device as it is filled in, so a reload, a
// closed tab or a flat tablet battery loses nothing of it; gone when it is saved or «Slett alt».
import {
  EMPTY_DRAFT,
  isEmptyDraft,
  parseAssessmentDraft,
  type AssessmentDraft,
} from '../../domain/notes/assessment-draft.ts';

/** localStorage key of the self-assessment being filled in (one per device, like the journal). */
export const ASSESSMENT_DRAFT_KEY = 'kortstokk-solo-assessment-draft';

/** The draft begun on this device, or an empty one (storage off or damaged reads as none). */
export function loadAssessmentDraft(): AssessmentDraft {
  try {
    return parseAssessmentDraft(localStorage.getItem(ASSESSMENT_DRAFT_KEY));
  } catch {
    return EMPTY_DRAFT;
  }
}

/** Keeps the draft (an empty one removes it). */
export function saveAssessmentDraft(draft: AssessmentDraft): void {
  try {
    if (isEmptyDraft(draft)) localStorage.removeItem(ASSESSMENT_DRAFT_KEY);
    else localStorage.setItem(ASSESSMENT_DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Storage off or full: the draft goes on in memory, as before.
  }
}
