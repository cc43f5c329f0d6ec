import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, testDatabase } from '../../../test/db.js';
import { factories } from '../../../test/factories.js';
import type { DatabaseHandle } from '../../db/connect.js';
import { newId } from '../../platform/ids.js';
import { explainMatch, ftsQuery, minimalForms, phoneForms, planSearch, textForms } from '../../platform/search/search-plan.js';
import { documentIdRange, SHARED_SLOT, searchText, writeSearchDocument } from '../../platform/search/search.index.js';
import '../index.js';

describe('search plan', () => {
  it('looks for Cyrillic words by their Latin spellings and Latin words by unusual Cyrillic readings only', () => {
    expect(textForms('петров')).toEqual(['petrov']);
    expect(textForms('щерев')).toEqual(['shcherev', 'shterev']);
    expect(textForms('мария')).toEqual(['maria', 'мария']);
    expect(textForms('ivanova')).toEqual(['ivanova']);
    expect(textForms('mariya')).toEqual(['mariya', 'мария', 'мърия']);
    expect(textForms('ab')).toEqual([]);
  });

  it('keeps only the shortest of nested forms, and reads phones in the workspace country', () => {
    expect(minimalForms(['79123456789', '9123456789', '89123456789'])).toEqual(['9123456789']);
    expect(phoneForms('8 912 345 6789', 'RU')).toEqual(['9123456789']);
    expect(phoneForms('0881234567', 'RU')).toEqual(['881234567']);
    expect(phoneForms('12', 'RU')).toEqual([]);
    expect(planSearch('+7 (912) 345-67-89', 'RU')).toMatchObject({ words: [], whole: ['9123456789'], exact: { kind: 'phone', values: ['79123456789'] } });
    expect(planSearch('Ivan@Mail.ru', 'RU').exact).toEqual({ kind: 'email', values: ['ivan@mail.ru'] });
    expect(planSearch('Ив', 'RU')).toMatchObject({ prefixOnly: true, prefixes: ['ив', 'iv'] });
  });

  it('builds an FTS5 query of quoted phrases: every word by one of its forms, or a phone key', () => {
    expect(ftsQuery(planSearch('Иван "Петров"', 'RU'))).toBe('(("ivan") AND ("""petrov""" OR "~ptrf~"))');
    expect(ftsQuery(planSearch('ivan 912', 'RU'))).toBe('(("ivan") AND ("912"))');
    expect(ftsQuery(planSearch('8 912 345-67-89 доб. 12', 'RU'))).toBe('(("9123456789"))');
  });

  it('explains what matched', () => {
    const record = { names: ['Иван Петров'], phones: ['+79123456789'], emails: ['boss@acme.ru'] };
    expect(explainMatch(planSearch('petrov', 'RU'), record, 'RU')).toBe('name');
    expect(explainMatch(planSearch('8 912 345', 'RU'), record, 'RU')).toBe('phone');
    expect(explainMatch(planSearch('boss@', 'RU'), record, 'RU')).toBe('email');
    expect(explainMatch(planSearch('acme', 'RU'), { ...record, emails: [] }, 'RU')).toBe('other');
  });

  it('indexes every Cyrillic text in both Latin spellings, phones by their keys, codes without separators', () => {
    const text = searchText({ names: ['Щерев'], phones: ['8 912 345-67-89'], emails: [], other: ['Поставщик', 'BG 175 074 752'] }, 'RU');
    expect(text.split(' | ')).toEqual(['щерев', 'shcherev', 'shterev', '~xrf~', '79123456789', '9123456789', 'поставщик', 'postavshchik', 'postavshtik', 'bg 175 074 752', 'bg175074752']);
  });
});

describe.each(DIALECTS)('search documents on %s', (dialect) => {
  let handle: DatabaseHandle;
  beforeAll(async () => { handle = await testDatabase(dialect); });
  afterAll(() => handle.close());

  it('replaces a document in place, and on SQLite keeps each type in its own id range', async () => {
    const ws = await factories(handle.db).workspace();
    const [contact, company] = [newId(), newId()];
    await writeSearchDocument(handle.db, { workspaceId: ws.id, entityType: 'contact', entityId: contact, text: 'one' });
    await writeSearchDocument(handle.db, { workspaceId: ws.id, entityType: 'company', entityId: company, text: 'two' });
    const first = await handle.db.selectFrom('search_documents').select(['id', 'entity_id']).where('workspace_id', '=', ws.id).execute();
    await writeSearchDocument(handle.db, { workspaceId: ws.id, entityType: 'contact', entityId: contact, text: 'three' });
    const after = await handle.db.selectFrom('search_documents').select(['id', 'entity_id', 'text']).where('workspace_id', '=', ws.id).orderBy('id').execute();
    expect(after.map((d) => d.text)).toEqual(['three', 'two']);
    expect(after.map((d) => d.id)).toEqual(first.map((d) => d.id).sort((a, b) => a - b));
    if (dialect === 'sqlite') {
      const [cFrom, cTo] = documentIdRange('contact');
      const [oFrom] = documentIdRange('company');
      // Each registered type's slot, the rest sharing the last range.
      expect(oFrom).toBeGreaterThanOrEqual(cTo);
      expect(documentIdRange('no-such-type')[0]).toBe(SHARED_SLOT * 2 ** 40 + 1);
      expect(after[0]!.id >= cFrom && after[0]!.id < cTo).toBe(true);
      expect(after[1]!.id).toBeGreaterThanOrEqual(oFrom);
      const match = await handle.raw.sqlite!.prepare(`select rowid from search_fts where search_fts match '"thr"' and rowid >= ${cFrom} and rowid < ${cTo}`).all();
      expect(match).toEqual([{ rowid: after[0]!.id }]);
    }
  });
});
