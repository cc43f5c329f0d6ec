import { useEffect, useState } from 'react';
import { Skeleton } from '@mantine/core';

interface QrCodeProps {
  value: string;
  /** Side in CSS pixels. */
  size?: number;
  label: string;
}

/** Dark modules as one SVG path, with the four-module quiet zone scanners need. */
async function qrPath(value: string): Promise<{ path: string; count: number }> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(value);
  qr.make();
  const count = qr.getModuleCount();
  let path = '';
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      if (qr.isDark(row, col)) path += `M${col + 4} ${row + 4}h1v1h-1z`;
    }
  }
  return { path, count: count + 8 };
}

/** A QR code drawn in the page (the generator loads only when one is shown); black on white in either theme. */
export function QrCode({ value, size = 192, label }: QrCodeProps) {
  const [drawn, setDrawn] = useState<{ value: string; path: string; count: number } | null>(null);
  useEffect(() => {
    let live = true;
    void qrPath(value).then((result) => live && setDrawn({ value, ...result }));
    return () => {
      live = false;
    };
  }, [value]);
  if (!drawn || drawn.value !== value) return <Skeleton width={size} height={size} />;
  return (
    <svg width={size} height={size} viewBox={`0 0 ${drawn.count} ${drawn.count}`} role="img" aria-label={label} shapeRendering="crispEdges" style={{ borderRadius: 8 }}>
      <rect width={drawn.count} height={drawn.count} fill="#fff" />
      <path d={drawn.path} fill="#000" />
    </svg>
  );
}
