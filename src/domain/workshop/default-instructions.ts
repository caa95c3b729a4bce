import type { LocalizedText } from '../deck/types.ts';
import type { ExerciseFormat } from './exercise-formats.ts';

/**
 * What a new step tells the room, per format; it becomes the step's own editable text. Wording
 * follows seed 004 («2 minutter stille stund», «diskuter med sidemannen … kom tilbake med 2
 * viktige momenter», «velg et tema») and the booklet («Snu diskusjonen på hodet!»).
 */
export const DEFAULT_INSTRUCTIONS: Readonly<Record<ExerciseFormat, LocalizedText>> = {
  'speed-date': {
    nb: 'Finn en partner. Les kortet og snakk sammen til signalet. Så bytter dere partner og tar neste runde.',
    nn: 'Finn ein partnar. Les kortet og snakk saman til signalet. Så byter de partnar og tek neste runde.',
    en: 'Find a partner. Read the card and talk until the signal. Then change partners for the next round.',
  },
  silent: {
    nb: 'Stille stund. Tenk over spørsmålet hver for dere, og skriv ned det du opplever som viktig.',
    nn: 'Stille stund. Tenk over spørsmålet kvar for dykk, og skriv ned det du opplever som viktig.',
    en: 'A quiet moment. Think about the question on your own and write down what feels important to you.',
  },
  'pair-talk': {
    nb: 'Diskuter med sidemannen eller sidekvinnen, og kom tilbake med to viktige momenter.',
    nn: 'Diskuter med sidemannen eller sidekvinna, og kom tilbake med to viktige moment.',
    en: 'Talk it over with the person next to you and come back with two key points.',
  },
  'group-work': {
    nb: 'Vi jobber i gruppene. Velg et tema, diskuter det og skriv ned det viktigste.',
    nn: 'Vi jobbar i gruppene. Vel eit tema, diskuter det og skriv ned det viktigaste.',
    en: 'Work in your groups. Choose a theme, discuss it and write down the main points.',
  },
  flip: {
    nb: 'Snu diskusjonen på hodet: Hva risikerer vi hvis vi ikke gjør noe?',
    nn: 'Snu diskusjonen på hovudet: Kva risikerer vi om vi ikkje gjer noko?',
    en: 'Turn the discussion on its head: what do we risk if we do nothing?',
  },
  plenary: {
    nb: 'Plenum. Vi går gjennom notatene fra gruppene sammen.',
    nn: 'Plenum. Vi går gjennom notata frå gruppene saman.',
    en: 'Plenary. We go through the notes from the groups together.',
  },
};
