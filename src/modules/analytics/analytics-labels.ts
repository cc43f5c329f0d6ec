/** Widget titles, descriptions and column labels in the viewer's language (en, ru, bg). */

type Text = [en: string, ru: string, bg: string];

const WIDGETS: Record<string, [title: Text, description: Text]> = {
  funnel: [['Sales funnel', 'Воронка продаж', 'Фуния на продажбите'], ['Deals created in the period that reached each stage, stage-to-stage conversion and drop-off', 'Сделки, созданные за период, дошедшие до каждого этапа; конверсия между этапами и отсев', 'Сделки, създадени в периода, стигнали до всеки етап; конверсия между етапите и отпадане']],
  win_rate: [['Win rate', 'Доля выигранных', 'Дял спечелени'], ['Won ÷ (won + lost) among deals closed in the period', 'Выигранные ÷ (выигранные + проигранные) среди закрытых за период', 'Спечелени ÷ (спечелени + загубени) сред приключените в периода']],
  avg_deal: [['Average deal size', 'Средний размер сделки', 'Среден размер на сделка'], ['Won revenue ÷ won deals in the period', 'Выручка ÷ число выигранных сделок за период', 'Приходи ÷ брой спечелени сделки в периода']],
  cycle_length: [['Sales cycle length', 'Длительность цикла сделки', 'Продължителност на цикъла'], ['From creation to win, for deals won in the period: median and mean', 'От создания до выигрыша для выигранных за период: медиана и среднее', 'От създаване до спечелване за спечелените в периода: медиана и средно']],
  stage_time: [['Time in stage', 'Время на этапе', 'Време в етап'], ['How long deals stayed in each stage, for stays that ended in the period', 'Сколько сделки провели на каждом этапе (пребывания, закончившиеся за период)', 'Колко време сделките са били във всеки етап (престои, приключили в периода)']],
  revenue: [['Revenue won', 'Выручка', 'Приходи'], ['Amounts of deals won in the period, by period, manager, department, product, source or segment', 'Суммы выигранных за период сделок по периодам, менеджерам, отделам, товарам, источникам или сегментам', 'Суми на спечелените в периода сделки по периоди, мениджъри, отдели, продукти, източници или сегменти']],
  plan_fact: [['Plan vs fact', 'План и факт', 'План и факт'], ['Sales plan against won revenue per month', 'План продаж и выручка по месяцам', 'План за продажби и приходи по месеци']],
  forecast: [['Forecast', 'Прогноз', 'Прогноза'], ['Weighted open pipeline expected to close in the period plus run rate, and the gap to plan', 'Взвешенная открытая воронка с ожидаемым закрытием в периоде плюс темп, и разрыв с планом', 'Претеглени отворени сделки с очаквано приключване в периода плюс темпо, и разликата с плана']],
  activity: [['Manager activity', 'Активность менеджеров', 'Активност на мениджърите'], ['Calls, meetings, letters, tasks done and overdue per manager per period', 'Звонки, встречи, письма, выполненные и просроченные задачи по менеджерам', 'Обаждания, срещи, писма, изпълнени и просрочени задачи по мениджъри']],
  response_time: [['Response time', 'Время реакции', 'Време за реакция'], ['From a new deal to its first activity or stage move', 'От новой сделки до первого действия или смены этапа', 'От нова сделка до първата активност или смяна на етап']],
  lost_reasons: [['Lost reasons', 'Причины проигрыша', 'Причини за загуба'], ['Deals lost in the period by reason: count and amount', 'Проигранные за период сделки по причинам: число и сумма', 'Загубени в периода сделки по причини: брой и сума']],
  sources: [['Lead sources', 'Источники', 'Източници'], ['Requests → deals → won → revenue per source, with cost, CPA and ROMI', 'Обращения → сделки → выигрыши → выручка по источникам, с затратами, CPA и ROMI', 'Запитвания → сделки → спечелени → приходи по източници, с разходи, CPA и ROMI']],
  clients_new_repeat: [['New and repeat clients', 'Новые и повторные клиенты', 'Нови и повторни клиенти'], ['Clients with a won deal per period: first win or a repeat', 'Клиенты с выигранной сделкой: первая покупка или повторная', 'Клиенти със спечелена сделка: първа покупка или повторна']],
  retention: [['Retention by cohort', 'Удержание по когортам', 'Задържане по кохорти'], ['Share of clients first won in a month who buy again k months later', 'Доля клиентов первой покупки месяца, купивших снова через k месяцев', 'Дял на клиентите с първа покупка в месеца, купили отново след k месеца']],
  clv: [['Customer lifetime value', 'Пожизненная ценность клиента', 'Стойност на клиента'], ['Average won revenue per client over their lifetime', 'Средняя выручка на клиента за всё время', 'Средни приходи на клиент за цялото време']],
  resolve_time: [['Time to resolve', 'Время решения', 'Време за решаване'], ["From a client's request (task) to done, for tasks done in the period", 'От обращения клиента (задачи) до выполнения, для выполненных за период', 'От запитване на клиента (задача) до изпълнение, за изпълнените в периода']],
};

const COLUMNS: Record<string, Text> = {
  stage: ['Stage', 'Этап', 'Етап'], deals: ['Deals', 'Сделки', 'Сделки'], conversion: ['Conversion to next', 'Конверсия в следующий', 'Конверсия към следващия'],
  dropOff: ['Drop-off', 'Отсев', 'Отпадане'], amount: ['Amount', 'Сумма', 'Сума'], owner: ['Manager', 'Менеджер', 'Мениджър'],
  won: ['Won', 'Выиграно', 'Спечелени'], lost: ['Lost', 'Проиграно', 'Загубени'], winRate: ['Win rate', 'Доля выигранных', 'Дял спечелени'],
  revenue: ['Revenue', 'Выручка', 'Приходи'], average: ['Average', 'Среднее', 'Средно'], median: ['Median', 'Медиана', 'Медиана'],
  mean: ['Mean', 'Среднее', 'Средно'], stays: ['Stays', 'Пребывания', 'Престои'], period: ['Period', 'Период', 'Период'],
  department: ['Department', 'Отдел', 'Отдел'], product: ['Product', 'Товар', 'Продукт'], source: ['Source', 'Источник', 'Източник'],
  segment: ['Segment', 'Сегмент', 'Сегмент'], month: ['Month', 'Месяц', 'Месец'], plan: ['Plan', 'План', 'План'], fact: ['Fact', 'Факт', 'Факт'],
  percent: ['Done', 'Выполнено', 'Изпълнено'], gap: ['Gap', 'Разрыв', 'Разлика'], measure: ['Figure', 'Показатель', 'Показател'],
  calls: ['Calls', 'Звонки', 'Обаждания'], meetings: ['Meetings', 'Встречи', 'Срещи'], letters: ['Letters', 'Письма', 'Писма'],
  tasksDone: ['Tasks done', 'Задачи выполнены', 'Изпълнени задачи'], overdue: ['Overdue', 'Просрочено', 'Просрочени'],
  responded: ['Responded', 'С реакцией', 'С реакция'], reason: ['Reason', 'Причина', 'Причина'], requests: ['Requests', 'Обращения', 'Запитвания'],
  cost: ['Cost', 'Затраты', 'Разходи'], cpa: ['CPA', 'CPA', 'CPA'], romi: ['ROMI', 'ROMI', 'ROMI'], newClients: ['New clients', 'Новые клиенты', 'Нови клиенти'],
  repeatClients: ['Repeat clients', 'Повторные клиенты', 'Повторни клиенти'], newRevenue: ['Revenue from new', 'Выручка от новых', 'Приходи от нови'],
  repeatRevenue: ['Revenue from repeat', 'Выручка от повторных', 'Приходи от повторни'], cohort: ['Cohort', 'Когорта', 'Кохорта'],
  clients: ['Clients', 'Клиенты', 'Клиенти'], clv: ['Lifetime value', 'Ценность клиента', 'Стойност на клиента'], dealsPerClient: ['Won deals per client', 'Выигрышей на клиента', 'Спечелени на клиент'],
  tasks: ['Tasks', 'Задачи', 'Задачи'], probability: ['Probability', 'Вероятность', 'Вероятност'], weighted: ['Weighted', 'Взвешенная', 'Претеглена'],
  wonSoFar: ['Won so far', 'Выиграно на сегодня', 'Спечелено досега'], runRate: ['Run rate', 'Темп', 'Темпо'], weightedPipeline: ['Weighted pipeline', 'Взвешенная воронка', 'Претеглени сделки'],
  forecast: ['Forecast', 'Прогноз', 'Прогноза'], count: ['Count', 'Количество', 'Брой'], none: ['(none)', '(нет)', '(няма)'], total: ['Total', 'Итого', 'Общо'],
  sum: ['Sum', 'Сумма', 'Сума'], rate: ['Conversion', 'Конверсия', 'Конверсия'],
};

const LANGS = ['en', 'ru', 'bg'] as const;

/** Labels in one language: widget titles and descriptions, and column labels (unknown keys read as themselves). */
export interface Labels {
  lang: (typeof LANGS)[number];
  widget(key: string): { title: string; description: string };
  column(key: string): string;
}

/** The labels of a locale (`ru`, `bg-BG`...), English by default. */
export function labelsFor(locale: string | undefined): Labels {
  const lang = LANGS.find((l) => (locale ?? 'en').toLowerCase().startsWith(l)) ?? 'en';
  const i = LANGS.indexOf(lang);
  return {
    lang,
    widget: (key) => ({ title: WIDGETS[key]?.[0][i] ?? key, description: WIDGETS[key]?.[1][i] ?? '' }),
    column: (key) => COLUMNS[key]?.[i] ?? key,
  };
}
