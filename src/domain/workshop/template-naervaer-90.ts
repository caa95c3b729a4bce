import type { RunSheet } from './run-sheet-types.ts';
import { templateStep } from './template-step.ts';

/**
 * 90 minutes on attendance with the «naervaer» deck, plus one flip step on a «floker» flip card
 * («snu diskusjonen på hodet»). 5 + 4×4 + 2 + 12 + 30 + 10 + 15 = 90 minutes.
 */
export const NAERVAER_90: RunSheet = {
  id: 'naervaer-90',
  title: {
    nb: 'Nærværsverksted – 90 minutter',
    nn: 'Nærværsverkstad – 90 minutt',
    en: 'Attendance workshop – 90 minutes',
  },
  description: {
    nb: 'Et lengre verksted om nærvær og ledelse med kortstokken Nærvær, og en runde der vi snur diskusjonen på hodet med et kort fra Innovasjon og floker.',
    nn: 'Ein lengre verkstad om nærvær og leiing med kortstokken Nærvær, og ein runde der vi snur diskusjonen på hovudet med eit kort frå Innovasjon og flokar.',
    en: 'A longer workshop on attendance and leadership with the Attendance deck, and a round that turns the discussion on its head with a card from Innovation and tangled problems.',
  },
  steps: [
    templateStep({
      id: 'innledning',
      format: 'plenary',
      minutes: 5,
      cards: { cardRefs: ['naervaer/naervaer-008'] },
      instructions: {
        nb: 'Innledning: Gjør ledelse en forskjell for sykefraværet? Ta en kort runde med eksempler fra egen arbeidsplass.',
        nn: 'Innleiing: Gjer leiing ein skilnad for sjukefråværet? Ta ein kort runde med døme frå eigen arbeidsplass.',
        en: 'Opening: does leadership make a difference to sickness absence? Take a short round of examples from your own workplace.',
      },
    }),
    templateStep({
      id: 'speed-date',
      format: 'speed-date',
      minutes: 4,
      rounds: 4,
      oddMode: 'sit-out',
      cards: { deckIds: ['naervaer'], categoryIds: ['ledelse-og-fravaer'] },
    }),
    templateStep({
      id: 'stille-stund',
      format: 'silent',
      minutes: 2,
      cards: { cardRefs: ['naervaer/naervaer-022'] },
    }),
    templateStep({
      id: 'samtale-i-par',
      format: 'pair-talk',
      minutes: 12,
      cards: { deckIds: ['naervaer'], categoryIds: ['relasjoner'] },
    }),
    templateStep({
      id: 'gruppearbeid',
      format: 'group-work',
      minutes: 30,
      cards: { deckIds: ['naervaer'], categoryIds: ['myndiggjoring', 'medarbeiderskap', 'fellesskap'] },
      instructions: {
        nb: 'Vi jobber i gruppene, velg et tema: myndiggjøring og deling, medarbeiderskap, eller humor, tillit og fellesskap. Skriv ned det dere vil prøve ut hos dere.',
        nn: 'Vi jobbar i gruppene, vel eit tema: myndiggjering og deling, medarbeidarskap, eller humor, tillit og fellesskap. Skriv ned det de vil prøve ut hos dykk.',
        en: 'We work in groups: choose a theme – empowerment and sharing, being an employee, or humour, trust and community. Write down what you want to try out at your workplace.',
      },
    }),
    templateStep({
      id: 'snu-diskusjonen',
      format: 'flip',
      minutes: 10,
      cards: { cardRefs: ['floker/floker-002'] },
    }),
    templateStep({
      id: 'plenum',
      format: 'plenary',
      minutes: 15,
      instructions: {
        nb: 'Plenum: Vi går gjennom notatene fra gruppene og avtaler hva vi gjør videre.',
        nn: 'Plenum: Vi går gjennom notata frå gruppene og avtaler kva vi gjer vidare.',
        en: 'Plenary: we go through the notes from the groups and agree on what we do next.',
      },
    }),
  ],
};
