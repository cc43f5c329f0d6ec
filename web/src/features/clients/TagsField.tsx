import { TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTags } from './clients.api';

interface TagsFieldProps {
  entity: string;
  value: string[];
  onChange: (tags: string[]) => void;
  error?: string;
}

/** Free tags, with the ones already in use offered first. */
export function TagsField({ entity, value, onChange, error }: TagsFieldProps) {
  const { t } = useTranslation();
  const tags = useTags(entity);
  return (
    <TagsInput
      label={t('clients.fields.tags')}
      description={t('clients.form.tagsHint')}
      data={(tags.data ?? []).map((item) => item.tag)}
      value={value}
      onChange={onChange}
      error={error}
      clearable
      maxTags={50}
      splitChars={[',']}
      data-testid="tags-input"
    />
  );
}
