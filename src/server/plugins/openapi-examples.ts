/** Examples shown on the main operations of the OpenAPI document, keyed `METHOD /path/{param}`. */
export interface OperationExample {
  request?: unknown;
  responses?: Record<number, unknown>;
}

const ID = '0193a8e2-7c4b-7d10-9c61-5a1e2b3c4d5e';
const OWNER = { id: '0193a8e2-7c4b-7d10-9c61-000000000001', name: 'Мария Иванова' };
const AT = '2026-12-07T09:30:00.000Z';

const contact = {
  id: ID, firstName: 'Иван', middleName: null, lastName: 'Петров', displayName: 'Иван Петров', position: 'Управител', birthday: '1984-03-12',
  status: 'client', website: 'https://example.bg', source: null, notes: null,
  phones: [{ type: 'mobile', value: '0888 123 456', e164: '+359888123456', display: '088 812 3456', tel: 'tel:+359888123456', flagged: false }],
  emails: [{ type: 'work', value: 'ivan@example.bg' }], messengers: [], addresses: [{ type: 'work', country: 'BG', city: 'София' }],
  tags: ['vip'], custom: {}, owner: OWNER, lastActivityAt: null, createdAt: AT, updatedAt: AT, version: 1,
  abilities: { edit: true, delete: true }, companies: [],
};

const validationError = {
  error: { code: 'validation_failed', message: 'Some fields are missing or invalid', fields: { birthday: 'too_late', 'addresses.0.country': 'invalid_country' } },
};

export const OPERATION_EXAMPLES: Record<string, OperationExample> = {
  'POST /api/v1/auth/sign-in': {
    request: { email: 'maria@example.bg', password: 'correct-horse-battery' },
    responses: { 401: { error: { code: 'unauthenticated', message: 'Wrong email or password', fields: { password: 'invalid_credentials' } } } },
  },
  'POST /api/v1/contacts': {
    request: {
      firstName: 'Иван', lastName: 'Петров', position: 'Управител', birthday: '1984-03-12', status: 'client',
      phones: [{ type: 'mobile', value: '0888 123 456' }], emails: [{ type: 'work', value: 'ivan@example.bg' }],
      addresses: [{ type: 'work', country: 'BG', city: 'София' }], tags: ['vip'],
    },
    responses: { 201: { contact }, 400: validationError },
  },
  'GET /api/v1/contacts': {
    responses: {
      200: { items: [{ ...contact, companies: undefined, companyNames: [], primaryPhone: contact.phones[0], primaryEmail: 'ivan@example.bg' }], nextCursor: null, total: 1 },
      400: { error: { code: 'validation_failed', message: 'Some fields are missing or invalid', fields: { limit: 'invalid_type' } } },
    },
  },
  'GET /api/v1/contacts/{id}': { responses: { 200: { contact } } },
  'PATCH /api/v1/contacts/{id}': {
    request: { position: 'Търговски директор', version: 1 },
    responses: {
      200: { contact: { ...contact, position: 'Търговски директор', version: 2 } },
      409: { error: { code: 'conflict', message: 'Contact was changed by someone else', fields: {}, current: { ...contact, version: 2 } } },
    },
  },
  'POST /api/v1/companies': {
    request: { name: 'Орбита ООД', taxId: 'BG123456789', industry: 'Логистика', size: '11-50', addresses: [{ type: 'legal', country: 'BG', city: 'Пловдив' }] },
  },
  'GET /api/v1/search': {
    responses: {
      200: { groups: [
        { type: 'contact', plural: 'contacts', total: 12, totalCapped: false, items: [{ id: '01937a52-5b1e-7c3a-9d4e-2f6a8b0c1d2e', title: 'Иван Петров', subtitle: 'Търговски директор, Орбита ООД', matched: 'name' }] },
        { type: 'company', plural: 'companies', total: 0, totalCapped: false, items: [] },
      ] },
      400: { error: { code: 'validation_failed', message: 'Text must not contain NUL characters (U+0000)', fields: { q: 'invalid_characters' } } },
    },
  },
  'POST /api/v1/tokens': {
    request: { name: 'Accounting sync', scopes: ['contacts:read', 'companies:read'], expiresAt: '2027-06-30T00:00:00Z' },
  },
  'POST /api/v1/saved-views': {
    request: { entity: 'contact', name: 'VIP clients', shared: true, definition: { columns: ['name', 'phone', 'owner'], filters: [{ field: 'tag', op: 'in', value: ['vip'] }], sort: { field: 'name', direction: 'asc' } } },
  },
};
