import { createTheme } from '@mantine/core';
import { readableVariants } from './contrast';

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  // People who ask their system for less motion get menus and drawers without animation.
  respectReducedMotion: true,
  // Text on tints of admin-chosen colours stays readable (WCAG AA): see contrast.ts.
  variantColorResolver: readableVariants,
});
