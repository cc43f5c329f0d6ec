import { Highlight, Mark, Text } from '@mantine/core';
import type { SearchItem } from './search.api';

/** Fields whose value is part of a result's title (a person's name parts, a company's name). */
const TITLE_FIELDS = new Set(['lastName', 'firstName', 'middleName', 'displayName', 'name']);

/**
 * Where the server found the query in a title: the matched field's value inside the title, and
 * the query's place in it (the whole value when it matched another spelling, `ivanov` in `Иванов`).
 * Null when the field is not in the title.
 */
export function titleMark(item: Pick<SearchItem, 'title' | 'match'>): [number, number] | null {
  const { field, text, start, end } = item.match;
  if (!TITLE_FIELDS.has(field) || text === '') return null;
  const at = item.title.indexOf(text);
  if (at < 0) return null;
  return end > start ? [at + start, at + end] : [at, at + text.length];
}

/** A text with one part marked; no part: the query's own occurrences are marked instead. */
export function MarkedText({ text, mark, query, size = 'sm', fw }: { text: string; mark: [number, number] | null; query: string; size?: 'xs' | 'sm'; fw?: number }) {
  if (!mark) {
    return (
      <Highlight highlight={query} size={size} fw={fw} truncate>
        {text}
      </Highlight>
    );
  }
  const [from, to] = mark;
  return (
    <Text size={size} fw={fw} truncate>
      {text.slice(0, from)}
      <Mark data-testid="search-mark">{text.slice(from, to)}</Mark>
      {text.slice(to)}
    </Text>
  );
}
