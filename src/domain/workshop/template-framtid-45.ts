import type { RunSheet } from './run-sheet-types.ts';
import { templateStep } from './template-step.ts';

/**
 * 45 minutes on the «framtid» deck: why (is our organisation fit for the future?), the trends in
 * pairs, then the booklet's three future discussions as group themes, then a plenary.
 * 5 + 2 + 8 + 20 + 10 = 45 minutes.
 */
export const FRAMTID_45: RunSheet = {
  id: 'framtid-45',
  title: {
    nb: 'Framtidsdiskusjon – 45 minutter',
    nn: 'Framtidsdiskusjon – 45 minutt',
    en: 'Future discussion – 45 minutes',
  },
  description: {
    nb: 'Er vi skodd for framtida? En kort samling med kortstokken Framtidsdiskusjoner: fra veivalg og trender til de tre framtidsdiskusjonene i heftet.',
    nn: 'Er vi skodde for framtida? Ei kort samling med kortstokken Framtidsdiskusjonar: frå vegval og trendar til dei tre framtidsdiskusjonane i heftet.',
    en: 'Are we fit for the future? A short session with the Discussions about the future deck: from choices and trends to the three future discussions of the booklet.',
  },
  steps: [
    templateStep({
      id: 'innledning',
      format: 'plenary',
      minutes: 5,
      cards: { cardRefs: ['framtid/framtid-001'] },
      instructions: {
        nb: 'Innledning: Les spørsmålet høyt. Er virksomheten vår skodd for framtida? Ta en rask runde rundt bordet.',
        nn: 'Innleiing: Les spørsmålet høgt. Er verksemda vår skodd for framtida? Ta ein rask runde rundt bordet.',
        en: 'Opening: read the question aloud. Is our organisation fit for the future? Go quickly round the table.',
      },
    }),
    templateStep({
      id: 'stille-stund',
      format: 'silent',
      minutes: 2,
      cards: { cardRefs: ['framtid/framtid-002'] },
    }),
    templateStep({
      id: 'trender',
      format: 'pair-talk',
      minutes: 8,
      cards: {
        deckIds: ['framtid'],
        categoryIds: ['globalisering', 'demografi', 'individualisering', 'teknologi'],
      },
      instructions: {
        nb: 'Trender: Trekk et kort om globalisering, demografi, individualisering eller teknologi. Diskuter med sidemannen eller sidekvinnen hva det betyr for oss, og kom tilbake med to viktige momenter.',
        nn: 'Trendar: Trekk eit kort om globalisering, demografi, individualisering eller teknologi. Diskuter med sidemannen eller sidekvinna kva det tyder for oss, og kom tilbake med to viktige moment.',
        en: 'Trends: draw a card on globalisation, demography, individualisation or technology. Discuss with the person next to you what it means for us, and come back with two key points.',
      },
    }),
    templateStep({
      id: 'tre-diskusjoner',
      format: 'group-work',
      minutes: 20,
      cards: { deckIds: ['framtid'], categoryIds: ['kompetanse-rekruttering', 'organisering', 'samarbeid'] },
      instructions: {
        nb: 'De tre framtidsdiskusjonene: Hver gruppe velger ett tema – kompetanse og rekruttering, organisering av arbeid og arbeidstid, eller oppgaveløsning sammen med andre – og skriver ned de viktigste innsatsområdene.',
        nn: 'Dei tre framtidsdiskusjonane: Kvar gruppe vel eitt tema – kompetanse og rekruttering, organisering av arbeid og arbeidstid, eller oppgåveløysing saman med andre – og skriv ned dei viktigaste innsatsområda.',
        en: 'The three future discussions: each group chooses one theme – competence and recruitment, organising work and working hours, or solving tasks together with others – and writes down the most important areas for action.',
      },
    }),
    templateStep({
      id: 'plenum',
      format: 'plenary',
      minutes: 10,
      instructions: {
        nb: 'Plenum: Gruppene deler innsatsområdene sine. Hva gjør vi først?',
        nn: 'Plenum: Gruppene deler innsatsområda sine. Kva gjer vi først?',
        en: 'Plenary: the groups share their areas for action. What do we do first?',
      },
    }),
  ],
};
