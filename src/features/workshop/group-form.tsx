import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deck } from '../../domain/deck/types.ts';
import { JOIN_LIMITS } from '../../domain/join/join-session.ts';
import type { RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import type { WorkshopSession } from '../../domain/workshop/workshop-session.ts';
import { randomSeed } from '../../lib/random-seed.ts';
import { GroupDecks } from './group-decks.tsx';
import { GroupTiming } from './group-timing.tsx';
import {
  readGroupForm,
  type GroupField,
  type GroupFieldError,
  type GroupFormValues,
} from './group-values.ts';
import { navigate } from '../../lib/app-route.ts';
import { NumberInput } from './number-input.tsx';
import { OddModeField } from './odd-mode-field.tsx';
import { saveSession } from './save-session.ts';
import { workshopHref } from './workshop-route.ts';

type GroupFormProps = {
  sheet: RunSheet;
  decks: readonly Deck[];
  initial: GroupFormValues;
  existing: WorkshopSession | null;
};

const FIELD_ORDER: readonly GroupField[] = ['title', 'seats', 'groups', 'cardsPerSeat', 'seed', 'decks'];

/** The group size typed so far, when it is one (for the timing shown while the form is filled in). */
function seatsOf(text: string): number | null {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value >= JOIN_LIMITS.minSeats && value <= JOIN_LIMITS.maxSeats
    ? value
    : null;
}

/** Sets up (or changes) the group for a run-sheet and saves it as a session. */
export function GroupForm({ sheet, decks, initial, existing }: GroupFormProps) {
  const { t } = useTranslation('workshop');
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [tried, setTried] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const available = decks.map((d) => ({ id: d.id, version: d.version }));
  const read = readGroupForm(values, available);
  const errors: readonly GroupFieldError[] = tried && !read.ok ? read.errors : [];
  const errorOf = (field: GroupField) => {
    const e = errors.find((x) => x.field === field);
    return e ? t(`group.error.${e.code}`, e.params ?? {}) : null;
  };
  const set = (patch: Partial<GroupFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!read.ok) {
      const first = FIELD_ORDER.find((f) => read.errors.some((e) => e.field === f));
      form.current?.querySelector<HTMLElement>(`[data-field="${first}"] input`)?.focus();
      return;
    }
    try {
      const session = await saveSession(read.settings, sheet.id, existing);
      navigate(workshopHref.session(session.id));
    } catch {
      setSaveFailed(true);
    }
  };
  return (
    <form ref={form} className="group-form" noValidate onSubmit={(event) => void submit(event)}>
      <div className="workshop-field" data-field="title">
        <label htmlFor={`${id}-title`}>{t('group.titleLabel')}</label>
        <p id={`${id}-title-help`} className="help">
          {t('group.titleHelp')}
        </p>
        <input
          id={`${id}-title`}
          type="text"
          value={values.title}
          aria-invalid={errorOf('title') ? true : undefined}
          aria-describedby={`${id}-title-help${errorOf('title') ? ` ${id}-title-error` : ''}`}
          onChange={(event) => set({ title: event.target.value })}
        />
        {errorOf('title') && (
          <p id={`${id}-title-error`} className="workshop-error">
            {errorOf('title')}
          </p>
        )}
      </div>
      <div data-field="seats">
        <NumberInput
          id={`${id}-seats`}
          label={t('group.seats')}
          value={values.seats}
          error={errorOf('seats')}
          onChange={(seats) => set({ seats })}
        />
      </div>
      <div data-field="groups">
        <NumberInput
          id={`${id}-groups`}
          label={t('group.groups')}
          help={t('group.groupsHelp')}
          value={values.groups}
          error={errorOf('groups')}
          onChange={(groups) => set({ groups })}
        />
      </div>
      <OddModeField mode={values.mode} onChange={(mode) => set({ mode })} />
      <div data-field="cardsPerSeat">
        <NumberInput
          id={`${id}-cards`}
          label={t('group.cardsPerSeat')}
          value={values.cardsPerSeat}
          error={errorOf('cardsPerSeat')}
          onChange={(cardsPerSeat) => set({ cardsPerSeat })}
        />
      </div>
      <div data-field="seed">
        <NumberInput
          id={`${id}-seed`}
          label={t('group.seed')}
          help={t('group.seedHelp')}
          value={values.seed}
          error={errorOf('seed')}
          onChange={(seed) => set({ seed })}
        >
          <button
            type="button"
            className="button button-quiet"
            onClick={() => set({ seed: String(randomSeed()) })}
          >
            {t('group.newSeed')}
          </button>
        </NumberInput>
      </div>
      <div data-field="decks">
        <GroupDecks
          decks={decks}
          chosen={values.deckIds}
          error={errorOf('decks')}
          onChange={(deckIds) => set({ deckIds })}
        />
      </div>
      <GroupTiming sheet={sheet} seats={seatsOf(values.seats)} mode={values.mode} />
      {saveFailed && (
        <p className="workshop-error" role="alert">
          {t('notice.saveFailed')}
        </p>
      )}
      <button type="submit" className="button">
        {existing ? t('group.saveChanges') : t('group.save')}
      </button>
    </form>
  );
}
