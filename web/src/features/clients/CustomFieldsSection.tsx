import { SimpleGrid } from '@mantine/core';
import { CustomFieldInput } from '../custom-fields/CustomFieldInput';
import type { FieldDef } from './fieldDefs';

interface CustomFieldsSectionProps {
  defs: FieldDef[];
  values: Record<string, unknown>;
  onChange: (key: string, value: unknown) => void;
  errors: Record<string, string>;
}

/** The entity's active custom fields as inputs (required ones marked, help text under each). */
export function CustomFieldsSection({ defs, values, onChange, errors }: CustomFieldsSectionProps) {
  if (defs.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {defs.map((def) => (
        <div key={def.key} data-testid={`custom-${def.key}`}>
          <CustomFieldInput def={def} value={values[def.key]} onChange={(value: unknown) => onChange(def.key, value)} error={errors[`custom.${def.key}`]} />
        </div>
      ))}
    </SimpleGrid>
  );
}
