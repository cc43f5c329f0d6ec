import { useState } from 'react';
import { NumberInput, type NumberInputProps } from '@mantine/core';

/**
 * A number input that hands the form only whole numbers: while a partial entry (`-`, `1.`) is
 * typed it stays here, so the controlled value never wipes what is being typed.
 */
export function DraftNumberInput({ value, onValue, ...props }: Omit<NumberInputProps, 'value' | 'onChange'> & { value: number | null; onValue: (n: number | null) => void }) {
  const [partial, setPartial] = useState<string | null>(null);
  return (
    <NumberInput
      {...props}
      value={partial ?? value ?? ''}
      onChange={(v) => {
        if (typeof v === 'number' || v === '') {
          setPartial(null);
          onValue(v === '' ? null : v);
        } else setPartial(v);
      }}
    />
  );
}
