import { em, getBreakpointValue, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/** Narrower than the `sm` breakpoint: lists become cards, dialogs fill the screen. */
export function useIsPhone(): boolean {
  const theme = useMantineTheme();
  return useMediaQuery(`(max-width: ${em(getBreakpointValue(theme.breakpoints.sm, theme.breakpoints) - 1)})`, false, { getInitialValueInEffect: false }) ?? false;
}
