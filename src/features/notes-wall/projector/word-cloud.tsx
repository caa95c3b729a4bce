import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlacedWord } from './cloud-layout.ts';
import { CLOUD_SIZE as SIZE } from './cloud-size.ts';
import './word-cloud.css';

// The layout library and the stop words arrive only when a cloud is first shown.
const loadLayout = () => import('./cloud-layout.ts');

type Laid = { key: string; words: PlacedWord[] | 'failed' };

/**
 * A word cloud of the notes: the words written most often, larger the more often, without stop
 * words. Drawn as SVG text with attributes only (the CSP allows no style attributes). Screen
 * readers get the words and their counts as the image's name.
 */
export function WordCloud({ texts }: { texts: readonly string[] }) {
  const { t } = useTranslation('notes');
  const svg = useRef<SVGSVGElement>(null);
  const [laid, setLaid] = useState<Laid | null>(null);
  const key = JSON.stringify(texts);
  useEffect(() => {
    let live = true;
    const font = svg.current ? getComputedStyle(svg.current).fontFamily : 'sans-serif';
    const fontsReady = document.fonts?.ready ?? Promise.resolve();
    void fontsReady
      .then(loadLayout)
      .then((m) => m.layoutCloud(JSON.parse(key) as string[], { font }))
      .then(
        (words) => live && setLaid({ key, words }),
        () => live && setLaid({ key, words: 'failed' }),
      );
    return () => {
      live = false;
    };
  }, [key]);

  const words = laid?.key === key ? laid.words : null;
  const label =
    Array.isArray(words) && words.length > 0
      ? t('cloud.label', {
          words: words.map((w) => t('cloud.word', { word: w.word, n: w.count })).join(', '),
        })
      : t('cloud.title');
  return (
    <figure className="word-cloud" aria-busy={words === null}>
      <svg
        ref={svg}
        className="word-cloud-svg"
        viewBox={`${-SIZE.width / 2} ${-SIZE.height / 2} ${SIZE.width} ${SIZE.height}`}
        role="img"
        aria-label={label}
      >
        {Array.isArray(words) &&
          words.map((w, i) => (
            <text
              key={w.word}
              className={`word-cloud-word word-cloud-tone-${i % 3}`}
              textAnchor="middle"
              fontSize={w.size}
              transform={`translate(${w.x},${w.y})`}
            >
              {w.word}
            </text>
          ))}
      </svg>
      {words === 'failed' && <figcaption>{t('cloud.failed')}</figcaption>}
      {Array.isArray(words) && words.length === 0 && <figcaption>{t('cloud.empty')}</figcaption>}
    </figure>
  );
}
