import { useRoute } from '../../hooks/use-route.ts';
import { AssessmentView } from './assessment-view.tsx';
import { ExportView } from './export-view.tsx';
import { JournalView } from './journal-view.tsx';
import { LookBackView } from './look-back-view.tsx';
import { PrintView } from './print-view.tsx';
import { SessionView } from './session-view.tsx';
import { parseSoloView } from './solo-route.ts';
import { StartView } from './start-view.tsx';
import './solo.css';

/**
 * «Alene»: a leader's quiet reflection. Each screen is a sub-route in the hash query
 * (`#/solo?view=session`, `journal`, `look-back`, `assessment`, `export`, `print`), so every state
 * can be bookmarked, reloaded and reached with the back button.
 */
export function SoloPage() {
  const { query } = useRoute();
  const view = parseSoloView(query);
  switch (view) {
    case 'session':
      return <SessionView key={view} />;
    case 'journal':
      return <JournalView key={view} />;
    case 'look-back':
      return <LookBackView key={view} />;
    case 'assessment':
      return <AssessmentView key={view} />;
    case 'export':
      return <ExportView key={view} />;
    case 'print':
      return <PrintView key={view} />;
    default:
      return <StartView key={view} />;
  }
}
