// The part of d3-cloud (CommonJS, no types of its own) that cloud-layout.ts uses. The
// DefinitelyTyped package would bring all of d3 v3's global types along.
declare module 'd3-cloud' {
  /** A word as the layout reads it (`text`, `size`) and places it (`x`, `y`, `rotate`). */
  export interface CloudWord {
    text: string;
    size: number;
    x?: number;
    y?: number;
    rotate?: number;
  }

  export interface Cloud<T extends CloudWord> {
    size(size: [number, number]): this;
    words(words: T[]): this;
    padding(padding: number): this;
    rotate(rotate: number | ((word: T) => number)): this;
    font(font: string): this;
    fontWeight(weight: string | number): this;
    fontSize(size: (word: T) => number): this;
    spiral(spiral: 'archimedean' | 'rectangular'): this;
    random(random: () => number): this;
    canvas(canvas: () => HTMLCanvasElement | OffscreenCanvas): this;
    timeInterval(ms: number): this;
    /** `bounds`: the placed words' box, top-left and bottom-right, from the layout's top-left. */
    on(
      event: 'end',
      listener: (placed: T[], bounds: [{ x: number; y: number }, { x: number; y: number }] | null) => void,
    ): this;
    start(): this;
    stop(): this;
  }

  export default function cloud<T extends CloudWord>(): Cloud<T>;
}
