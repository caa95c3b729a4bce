import type { RunSheet } from './run-sheet-types.ts';
import { templateStep } from './template-step.ts';

/**
 * Seed 004 («Verksted Ledelse», Saman om ein betre kommune, Trondheim 2014) as its slides run it:
 * speed-date → «2 minutter stille stund» → «diskuter med sidemannen … kom tilbake med 2 viktige
 * momenter» → «Vi jobber i gruppene, velg et tema» (four themes on attendance) → plenary.
 * The slides give no durations except the two silent minutes: 4 rounds of 3 minutes, 10, 30 and
 * 15 minutes are our choice.
 */
export const VERKSTED_LEDELSE: RunSheet = {
  id: 'verksted-ledelse',
  title: {
    nb: 'Verksted ledelse: nærvær',
    nn: 'Verkstad leiing: nærvær',
    en: 'Leadership workshop: attendance',
  },
  description: {
    nb: 'Verkstedet fra «Saman om ein betre kommune» (Trondheim 2014), slik lysarkene legger det opp: speed-date, 2 minutter stille stund, samtale i par og gruppearbeid med fire temaer om nærvær, til slutt plenum.',
    nn: 'Verkstaden frå «Saman om ein betre kommune» (Trondheim 2014), slik lysarka legg han opp: speed-date, 2 minutt stille stund, samtale i par og gruppearbeid med fire tema om nærvær, til slutt plenum.',
    en: 'The workshop from «Saman om ein betre kommune» (Trondheim 2014), run the way its slides run it: speed-date, a two-minute quiet moment, pair talk and group work with four themes on attendance, then a plenary.',
  },
  steps: [
    templateStep({
      id: 'speed-date',
      format: 'speed-date',
      minutes: 3,
      rounds: 4,
      oddMode: 'sit-out',
      cards: { cardRefs: ['naervaer/naervaer-001'] },
      instructions: {
        nb: 'Speed-date: Tenk deg en tjeneste der alle er på jobb og tilgjengelig hver dag. Snakk sammen to og to om hvordan vi har det da som medarbeidere og som ledere. Bytt partner ved signalet.',
        nn: 'Speed-date: Tenk deg ei teneste der alle er på jobb og tilgjengelege kvar dag. Snakk saman to og to om korleis vi har det då som medarbeidarar og som leiarar. Byt partnar ved signalet.',
        en: 'Speed-date: imagine a service where everyone is at work and available every day. Talk in pairs about how we would feel then, as employees and as leaders. Change partners at the signal.',
      },
    }),
    templateStep({
      id: 'stille-stund',
      format: 'silent',
      minutes: 2,
      cards: { cardRefs: ['naervaer/naervaer-006'] },
      instructions: {
        nb: '2 minutter stille stund: Hva hørte jeg i innlegget som jeg opplever som viktig? Skriv det ned.',
        nn: '2 minutt stille stund: Kva høyrde eg i innlegget som eg opplever som viktig? Skriv det ned.',
        en: 'Two quiet minutes: what did I hear in the talk that feels important to me? Write it down.',
      },
    }),
    templateStep({
      id: 'samtale-i-par',
      format: 'pair-talk',
      minutes: 10,
      cards: { cardRefs: ['naervaer/naervaer-007'] },
    }),
    templateStep({
      id: 'gruppearbeid',
      format: 'group-work',
      minutes: 30,
      cards: {
        cardRefs: [
          'naervaer/naervaer-002',
          'naervaer/naervaer-003',
          'naervaer/naervaer-004',
          'naervaer/naervaer-005',
        ],
      },
      instructions: {
        nb: 'Vi jobber i gruppene, velg et tema. Skriv ned det gruppen vil ta med til plenum.',
        nn: 'Vi jobbar i gruppene, vel eit tema. Skriv ned det gruppa vil ta med til plenum.',
        en: 'We work in groups: choose a theme. Write down what your group wants to bring to the plenary.',
      },
    }),
    templateStep({
      id: 'plenum',
      format: 'plenary',
      minutes: 15,
      instructions: {
        nb: 'Plenum: Gruppene legger fram det viktigste, og vi går gjennom notatene sammen.',
        nn: 'Plenum: Gruppene legg fram det viktigaste, og vi går gjennom notata saman.',
        en: 'Plenary: the groups present their main points, and we go through the notes together.',
      },
    }),
  ],
};
