/** Job titles and a company's contact roles, in each person's own language. */

export type DemoLocale = 'ru' | 'bg' | 'en';

/** Why a company keeps this person on file: whom to call about what. */
export type ContactRole = 'director' | 'accounting' | 'procurement' | 'sales' | 'secretary' | 'legal' | 'logistics' | 'it';

interface RoleText {
  /** How a CRM user labels the contact: "бухгалтер", "отдел закупок". */
  label: string;
  /** The person's job title on a business card. */
  titles: readonly string[];
}

export const CONTACT_ROLES: Record<DemoLocale, Record<ContactRole, RoleText>> = {
  ru: {
    director: { label: 'директор', titles: ['Генеральный директор', 'Директор', 'Коммерческий директор', 'Исполнительный директор'] },
    accounting: { label: 'бухгалтер', titles: ['Главный бухгалтер', 'Бухгалтер', 'Бухгалтер по расчётам', 'Финансовый директор'] },
    procurement: { label: 'отдел закупок', titles: ['Начальник отдела закупок', 'Менеджер по закупкам', 'Специалист по снабжению'] },
    sales: { label: 'отдел продаж', titles: ['Руководитель отдела продаж', 'Менеджер по продажам', 'Менеджер по работе с клиентами'] },
    secretary: { label: 'приёмная', titles: ['Офис-менеджер', 'Секретарь', 'Помощник руководителя'] },
    legal: { label: 'юрист', titles: ['Юрисконсульт', 'Начальник юридического отдела'] },
    logistics: { label: 'логистика', titles: ['Логист', 'Начальник склада', 'Руководитель отдела логистики'] },
    it: { label: 'ИТ-отдел', titles: ['Системный администратор', 'ИТ-директор', 'Руководитель ИТ-отдела'] },
  },
  bg: {
    director: { label: 'управител', titles: ['Управител', 'Изпълнителен директор', 'Търговски директор'] },
    accounting: { label: 'счетоводство', titles: ['Главен счетоводител', 'Счетоводител', 'Финансов директор'] },
    procurement: { label: 'снабдяване', titles: ['Ръководител снабдяване', 'Специалист снабдяване', 'Мениджър доставки'] },
    sales: { label: 'продажби', titles: ['Мениджър продажби', 'Търговски представител', 'Мениджър ключови клиенти'] },
    secretary: { label: 'офис', titles: ['Офис мениджър', 'Секретар', 'Административен асистент'] },
    legal: { label: 'юрист', titles: ['Юрисконсулт', 'Адвокат'] },
    logistics: { label: 'логистика', titles: ['Логистик', 'Управител склад', 'Спедитор'] },
    it: { label: 'ИТ отдел', titles: ['Системен администратор', 'ИТ мениджър'] },
  },
  en: {
    director: { label: 'director', titles: ['Managing Director', 'CEO', 'Director', 'General Manager'] },
    accounting: { label: 'accounts', titles: ['Finance Director', 'Accountant', 'Accounts Payable Clerk', 'Financial Controller'] },
    procurement: { label: 'procurement', titles: ['Procurement Manager', 'Buyer', 'Purchasing Officer'] },
    sales: { label: 'sales', titles: ['Sales Manager', 'Account Manager', 'Business Development Manager'] },
    secretary: { label: 'front office', titles: ['Office Manager', 'Executive Assistant', 'Receptionist'] },
    legal: { label: 'legal', titles: ['Legal Counsel', 'Company Secretary'] },
    logistics: { label: 'logistics', titles: ['Logistics Coordinator', 'Warehouse Manager', 'Supply Chain Manager'] },
    it: { label: 'IT', titles: ['IT Manager', 'Systems Administrator', 'CTO'] },
  },
};

/** Roles other than `director`, in the order a company is likely to have them on file. */
export const SECONDARY_ROLES: readonly (readonly [ContactRole, number])[] = [
  ['accounting', 8], ['procurement', 6], ['sales', 4], ['secretary', 4], ['logistics', 3], ['legal', 2], ['it', 2],
];

/** Titles for people outside any company context (a contact's own position). */
export const JOB_TITLES: Record<DemoLocale, readonly string[]> = {
  ru: [
    'Менеджер по продажам', 'Коммерческий директор', 'Генеральный директор', 'Главный бухгалтер', 'Бухгалтер',
    'Начальник отдела закупок', 'Специалист по закупкам', 'Юрисконсульт', 'Инженер', 'Главный инженер',
    'Руководитель проектов', 'Маркетолог', 'Логист', 'Офис-менеджер', 'Финансовый директор', 'Технический директор',
    'Менеджер по работе с клиентами', 'Ведущий специалист', 'Системный администратор', 'Экономист', 'Прораб',
    'Индивидуальный предприниматель',
  ],
  bg: [
    'Търговски представител', 'Управител', 'Изпълнителен директор', 'Главен счетоводител', 'Счетоводител',
    'Мениджър продажби', 'Специалист снабдяване', 'Юрисконсулт', 'Инженер', 'Ръководител проекти',
    'Маркетинг специалист', 'Логистик', 'Офис мениджър', 'Финансов директор', 'Технически директор',
    'Мениджър ключови клиенти', 'Системен администратор', 'Икономист', 'Едноличен търговец',
  ],
  en: [
    'Sales Manager', 'Managing Director', 'CEO', 'Finance Director', 'Accountant', 'Procurement Manager', 'Buyer',
    'Office Manager', 'Operations Manager', 'Project Manager', 'Marketing Manager', 'Logistics Coordinator',
    'IT Manager', 'Legal Counsel', 'Account Manager', 'Chief Technology Officer', 'Engineer', 'Consultant',
  ],
};
