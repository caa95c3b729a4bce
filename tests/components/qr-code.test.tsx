// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { QrCode } from '../../src/components/qr-code.tsx';

afterEach(cleanup);

const LINK = 'https://kommune.example/#/join?v=1&s=2024&d=naervaer.1&n=7&m=s&k=5';

describe('QrCode', () => {
  it('is a named image drawn as SVG paths, without inline styles the CSP would block', () => {
    const { container } = render(<QrCode value={LINK} label="QR-kode for å bli med" className="big" />);
    const svg = screen.getByRole('img', { name: 'QR-kode for å bli med' });
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.getAttribute('class')).toBe('qr-code big');
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
    expect(container.querySelectorAll('canvas, img, image')).toHaveLength(0);
    const [background, modules] = Array.from(svg.querySelectorAll('path'));
    expect(background?.getAttribute('fill')).toBe('#ffffff');
    expect(modules?.getAttribute('fill')).toBe('#000000');
    expect(modules?.getAttribute('d')?.length).toBeGreaterThan(100);
  });

  it('grows with the text it carries and keeps a quiet zone of four cells', () => {
    const cells = (value: string) => {
      const { container } = render(<QrCode value={value} label="QR" />);
      const size = Number(container.querySelector('svg')?.getAttribute('viewBox')?.split(' ')[2]);
      cleanup();
      return size;
    };
    const small = cells('https://a.example/');
    const large = cells(`${LINK}&t=${'x'.repeat(80)}`);
    // Version 1 is 21 cells; plus 4 on each side.
    expect(small).toBeGreaterThanOrEqual(21 + 8);
    expect(large).toBeGreaterThan(small);
    expect((large - 8 - 17) % 4).toBe(0);
  });
});
