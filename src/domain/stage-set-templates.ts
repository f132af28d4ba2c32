import type { SetDirectory, SetStage } from './stage-set';
import type { Group } from './stage';

/**
 * Starter sets an admin can apply to any pipeline (a new one, typically). Names come in the
 * languages the app speaks; codes are plain Latin so they fit every directory's STATUS_ID rules
 * (docs/rest-api.md). Colours are from Bitrix24's own stage palette (docs/bitrix24-ui.md).
 */
export type TemplateLang = 'en' | 'ru' | 'de';
export type TemplateId = 'b2b-sales' | 'online-orders' | 'service-requests';

type Names = Readonly<Record<TemplateLang, string>>;
type Spec = readonly [
  code: string,
  colour: string,
  group: Group,
  en: string,
  ru: string,
  de: string,
];

interface Template {
  readonly id: TemplateId;
  readonly names: Names;
  readonly stages: readonly Spec[];
}

// prettier-ignore
const TEMPLATES: readonly Template[] = [
  {
    id: 'b2b-sales',
    names: { en: 'B2B sales', ru: 'B2B-продажи', de: 'B2B-Vertrieb' },
    stages: [
      ['NEW', '#2fc6f6', 'process', 'New lead', 'Новый запрос', 'Neue Anfrage'],
      ['QUALIFIED', '#39a8ef', 'process', 'Qualified', 'Квалификация', 'Qualifiziert'],
      ['DEMO', '#55d0e0', 'process', 'Demo held', 'Демонстрация', 'Demo durchgeführt'],
      ['PROPOSAL', '#47e4c2', 'process', 'Proposal sent', 'Коммерческое предложение', 'Angebot gesendet'],
      ['NEGOTIATION', '#ffa900', 'process', 'Negotiation', 'Переговоры', 'Verhandlung'],
      ['CONTRACT', '#f78d4d', 'process', 'Contract signing', 'Подписание договора', 'Vertragsunterzeichnung'],
      ['WON', '#7bd500', 'success', 'Deal won', 'Сделка заключена', 'Deal gewonnen'],
      ['LOSE', '#ff5752', 'failure', 'Deal lost', 'Сделка проиграна', 'Deal verloren'],
      ['NO_BUDGET', '#ff5752', 'failure', 'No budget', 'Нет бюджета', 'Kein Budget'],
    ],
  },
  {
    id: 'online-orders',
    names: { en: 'Online orders', ru: 'Интернет-заказы', de: 'Online-Bestellungen' },
    stages: [
      ['NEW', '#2fc6f6', 'process', 'Order received', 'Заказ получен', 'Bestellung eingegangen'],
      ['PAYMENT', '#ffa900', 'process', 'Awaiting payment', 'Ожидает оплаты', 'Zahlung ausstehend'],
      ['PAID', '#47e4c2', 'process', 'Paid', 'Оплачен', 'Bezahlt'],
      ['PACKING', '#55d0e0', 'process', 'Packing', 'Сборка', 'Wird verpackt'],
      ['SHIPPED', '#39a8ef', 'process', 'Shipped', 'Отправлен', 'Versandt'],
      ['DELIVERED', '#7bd500', 'success', 'Delivered', 'Доставлен', 'Zugestellt'],
      ['CANCELLED', '#ff5752', 'failure', 'Cancelled', 'Отменён', 'Storniert'],
      ['RETURNED', '#f26b7b', 'failure', 'Returned', 'Возврат', 'Retourniert'],
    ],
  },
  {
    id: 'service-requests',
    names: { en: 'Service requests', ru: 'Сервисные заявки', de: 'Serviceanfragen' },
    stages: [
      ['NEW', '#2fc6f6', 'process', 'New request', 'Новая заявка', 'Neue Anfrage'],
      ['TRIAGE', '#39a8ef', 'process', 'Triage', 'Разбор', 'Sichtung'],
      ['IN_WORK', '#ffa900', 'process', 'In progress', 'В работе', 'In Bearbeitung'],
      ['WAITING', '#fdb051', 'process', 'Waiting for client', 'Ожидает клиента', 'Wartet auf Kunden'],
      ['RESOLVED', '#7bd500', 'success', 'Resolved', 'Решена', 'Gelöst'],
      ['REJECTED', '#ff5752', 'failure', 'Rejected', 'Отклонена', 'Abgelehnt'],
      ['DUPLICATE', '#a1a6ac', 'failure', 'Duplicate', 'Дубликат', 'Duplikat'],
    ],
  },
];

export const TEMPLATE_IDS: readonly TemplateId[] = TEMPLATES.map((t) => t.id);

const LANG_INDEX: Record<TemplateLang, 3 | 4 | 5> = { en: 3, ru: 4, de: 5 };

export function templateName(id: TemplateId, lang: TemplateLang): string {
  return TEMPLATES.find((t) => t.id === id)?.names[lang] ?? id;
}

/** The template as a set's directory, named in `lang`. */
export function templateSet(id: TemplateId, lang: TemplateLang): SetDirectory {
  const template = TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`templateSet: unknown template ${id}`);
  return {
    entityId: null,
    name: template.names[lang],
    stages: template.stages.map((spec): SetStage => ({
      statusId: spec[0],
      color: spec[1],
      group: spec[2],
      name: spec[LANG_INDEX[lang]],
    })),
  };
}
