// The web app manifest (Norwegian bokmål, the default language).
export const manifest = {
  id: './',
  name: 'Kortstokk – refleksjonskort for kommunen',
  short_name: 'Kortstokk',
  description:
    'Refleksjonskortene fra KS-heftet «Skodd for framtida»: workshop, deltakerkort på mobilen og refleksjon alene. Virker uten nett.',
  lang: 'nb',
  dir: /** @type {'ltr'} */ ('ltr'),
  start_url: './',
  scope: './',
  display: /** @type {'standalone'} */ ('standalone'),
  orientation: /** @type {'any'} */ ('any'),
  background_color: '#fbf6ec',
  theme_color: '#1f4e5f',
  categories: ['education', 'productivity'],
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
