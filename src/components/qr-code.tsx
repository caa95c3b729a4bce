import { QRCodeSVG } from 'qrcode.react';
import './qr-code.css';

type QrCodeProps = {
  /** The text the code carries, e.g. a join link. */
  value: string;
  /** What the code is, for assistive technology (e.g. «QR-kode for å bli med»). */
  label: string;
  className?: string;
};

/**
 * A QR code as SVG (no canvas, no inline style), scaled by CSS to the space it is given. Dark on
 * white with a quiet zone, at error-correction level M: readable from the back of a room on a
 * projector. It is an image with a name; the same link must also be shown as text next to it.
 */
export function QrCode({ value, label, className }: QrCodeProps) {
  return (
    <QRCodeSVG
      value={value}
      level="M"
      marginSize={4}
      bgColor="#ffffff"
      fgColor="#000000"
      role="img"
      aria-label={label}
      className={className ? `qr-code ${className}` : 'qr-code'}
    />
  );
}
