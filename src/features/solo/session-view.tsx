import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionCard } from '../../components/card/question-card.tsx';
import { localize } from '../../domain/deck/localize.ts';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { useNotes } from '../../hooks/use-notes.ts';
import { randomSeed } from '../../lib/random-seed.ts';
import { findCard } from './card-lookup.ts';
import { JournalField } from './journal-field.tsx';
import { SessionCard } from './session-card.tsx';
import { nextCard, withEntry, type SoloSession } from './session-state.ts';
import { loadSession, saveSession } from './session-storage.ts';
import { SilencePanel } from './silence-panel.tsx';
import { soloHref } from './solo-route.ts';
import { SoloScreen } from './solo-screen.tsx';
import './session-view.css';
import { navigate } from '../../lib/app-route.ts';

/** A reflection session: the card, the silent round, the journal entry; next card or finish. */
export function SessionView() {
  const { t } = useTranslation('solo');
  const lang = useContentLang();
  const { decks, ready } = useAllDecks();
  const { repo } = useNotes();
  const [session, setSession] = useState<SoloSession | null>(loadSession);
  const [reshuffled, setReshuffled] = useState(false);
  const answer = useRef<HTMLTextAreaElement>(null);
  const focusAnswer = useCallback(() => answer.current?.focus(), []);

  const update = (next: SoloSession | null) => {
    saveSession(next); // at once: a reload right after this must find it
    setSession(next);
  };
  // An answer left empty is not worth keeping in the journal.
  const dropIfBlank = (s: SoloSession) => {
    const entry = s.entryId === null ? undefined : repo.get(s.entryId);
    if (entry && entry.text.trim() === '') repo.remove(entry.id);
  };
  const next = () => {
    if (!session) return;
    dropIfBlank(session);
    const following = nextCard(session, randomSeed());
    setReshuffled(following.pile.drawn.length < session.pile.drawn.length);
    update(following);
  };
  const finish = () => {
    if (session) dropIfBlank(session);
    update(null);
    navigate(soloHref('journal'));
  };

  const found = session ? findCard(decks, session.current) : null;
  const question = found ? localize(found.card.text, lang).text : null;
  return (
    <SoloScreen title={t('session.title')} view="session" ready={ready}>
      {!session || session.current === null ? (
        <>
          <p className="lead">{t('session.none')}</p>
          <p>
            <a className="button" href={soloHref()}>
              {t('session.startLink')}
            </a>
          </p>
        </>
      ) : (
        <div className="solo-session">
          <SessionCard session={session} found={found} lang={lang} reshuffled={reshuffled}>
            {found && <QuestionCard deck={found.deck} card={found.card} lang={lang} density="tablet" />}
          </SessionCard>
          <div className="solo-session-work">
            <SilencePanel question={question} onDone={focusAnswer} />
            <JournalField
              key={`${session.current}:${session.pile.drawn.length}`}
              label={t('session.answer')}
              help={t('session.answerHelp')}
              cardRef={session.current}
              entryId={session.entryId}
              textareaRef={answer}
              onCreated={(id) => update(withEntry(session, id))}
            />
            <p className="solo-actions">
              <button type="button" className="button" onClick={next}>
                {t('session.next')}
              </button>
              <button type="button" className="button button-quiet" onClick={finish}>
                {t('session.finish')}
              </button>
            </p>
          </div>
        </div>
      )}
    </SoloScreen>
  );
}
