import { useRoute } from '../../hooks/use-route.ts';
import { EditorView } from './editor-view.tsx';
import { GroupView } from './group-view.tsx';
import { PlanView } from './plan-view.tsx';
import { PrintView } from './print-view.tsx';
import { RotationView } from './rotation-view.tsx';
import { SeatCardsView } from './seat-cards-view.tsx';
import { SessionView } from './session-view.tsx';
import { parseWorkshopRoute, screenKey } from './workshop-route.ts';
import './workshop.css';

/**
 * The facilitator's planning: run-sheets and templates (`#/workshop`), the editor (`?sheet=…`),
 * its print view (`&view=print`), the group (`&view=group`), the join link (`?session=…`) and the
 * rotation table (`?session=…&view=rotation`) and the seat cards (`?session=…&view=seat-cards`).
 * Every state has its own address.
 */
export function WorkshopPage() {
  const { query } = useRoute();
  const route = parseWorkshopRoute(query);
  const key = screenKey(route);
  switch (route.view) {
    case 'edit':
      return <EditorView key={key} sheetId={route.sheetId} />;
    case 'print':
      return <PrintView key={key} sheetId={route.sheetId} />;
    case 'group':
      return <GroupView key={key} sheetId={route.sheetId} sessionId={route.sessionId} />;
    case 'session':
      return <SessionView key={key} sessionId={route.sessionId} />;
    case 'rotation':
      return <RotationView key={key} sessionId={route.sessionId} stepId={route.stepId} all={route.all} />;
    case 'seat-cards':
      return <SeatCardsView key={key} sessionId={route.sessionId} />;
    default:
      return <PlanView key={key} />;
  }
}
