// Loaded on demand (word-cloud.tsx imports it dynamically) only when a word cloud is shown: the
// layout library and the stop-word lists stay out of the first load and the wall's own chunk.
import { stopwords as english } from '@orama/stopwords/english';
import { stopwords as norwegian } from '@orama/stopwords/norwegian';
import cloud from 'd3-cloud';
import { countWords, stopWordSet } from '../../../domain/notes/word-counts.ts';
import { wordSizes } from '../../../domain/notes/word-sizes.ts';
import { createRng } from '../../../domain/random/rng.ts';
import { CLOUD_SIZE } from './cloud-size.ts';

/**
 * Words a cloud leaves out: Snowball's Norwegian list (bokmål and nynorsk forms: «ikke» and
 * «ikkje», «jeg» and «eg») and its English one, as @orama/stopwords ships them. All three
 * languages at once: a room writes in the participants' languages, not the facilitator's.
 */
export const STOP_WORDS = stopWordSet(norwegian, english);

/** A word placed in the cloud: its centre (from the cloud's centre), font size and count. */
export type PlacedWord = { word: string; count: number; size: number; x: number; y: number };

export type CloudOptions = {
  /** The CSS font family the SVG draws the words in, so the layout measures the same glyphs. */
  font: string;
  /** Most words in the cloud. */
  limit?: number;
  /** Where the layout measures text; d3-cloud makes a <canvas> when not given. */
  canvas?: () => HTMLCanvasElement;
};

type LayoutWord = { text: string; size: number; count: number; x?: number; y?: number };

/**
 * Counts the words of the notes (stop words left out) and places the most frequent ones with
 * d3-cloud, horizontally (readable from the back of the room), larger the more often written.
 * Seeded, so the same notes give the same cloud, and centred. Words that do not fit are left out.
 */
export function layoutCloud(texts: readonly string[], options: CloudOptions): Promise<PlacedWord[]> {
  const counts = countWords(texts, STOP_WORDS, { limit: options.limit ?? 40 });
  const words: LayoutWord[] = wordSizes(counts, 20, 88).map((w) => ({
    text: w.word,
    size: w.size,
    count: w.count,
  }));
  if (words.length === 0) return Promise.resolve([]);
  return new Promise((resolve) => {
    const layout = cloud<LayoutWord>()
      .size([CLOUD_SIZE.width, CLOUD_SIZE.height])
      .words(words)
      .padding(4)
      .rotate(0)
      .font(options.font)
      .fontWeight(700)
      .fontSize((w) => w.size)
      .random(createRng(0x5eed))
      .on('end', (placed, bounds) => {
        // The layout grows from a random start near the centre; centre what it made.
        const [from, to] = bounds ?? [
          { x: 0, y: 0 },
          { x: CLOUD_SIZE.width, y: CLOUD_SIZE.height },
        ];
        const dx = Math.round(CLOUD_SIZE.width / 2 - (from.x + to.x) / 2);
        const dy = Math.round(CLOUD_SIZE.height / 2 - (from.y + to.y) / 2);
        resolve(
          placed.map((w) => ({
            word: w.text,
            count: w.count,
            size: w.size,
            x: (w.x ?? 0) + dx,
            y: (w.y ?? 0) + dy,
          })),
        );
      });
    if (options.canvas) layout.canvas(options.canvas);
    layout.start();
  });
}
