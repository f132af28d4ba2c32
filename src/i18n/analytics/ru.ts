import type { analyticsEn } from './en';

/** Issue 14, in Russian (spread into ru.ts). */
export const analyticsRu: Record<keyof typeof analyticsEn, string> = {
  analyticsRegion: 'Аналитика стадий',
  analyticsPeriod: 'Период',
  periodDays: '{days} дней',
  analyticsLoading: 'Загрузка аналитики…',
  analyticsProgress: 'Загрузка аналитики: {loaded} из {total} записей истории',
  analyticsStop: 'Остановить загрузку аналитики',
  analyticsStopped:
    'Аналитика остановлена после {loaded} из {total} записей истории; цифры появятся, только когда загрузится всё.',
  analyticsLoad: 'Загрузить аналитику',
  analyticsRefresh: 'Обновить аналитику',
  analyticsReady:
    'Аналитика за последние {days} дней: {items, plural, one {# элемент} few {# элемента} many {# элементов} other {# элемента}} по {rows, plural, one {# записи} few {# записям} many {# записям} other {# записи}} истории.',
  analyticsEmpty:
    'За последние {days} дней ни один элемент не попал в стадии этой воронки. Битрикс24 показывает историю стадий только тех элементов, которые вам доступны: если вы ждали цифр, возможно, у вас нет права читать эти элементы.',
  analyticsNoRights:
    'Цифры показать нельзя: Битрикс24 не даёт вам читать эти элементы CRM, а история стадий включает только доступные вам элементы. Попросите администратора Битрикс24 дать право на чтение.',
  analyticsFailed: 'Не удалось загрузить аналитику. {reason}',
  lineEntered: '{count} вошло',
  lineWon: '{percent}% успех',
  lineMedian: '{days} дн.',
  detailsTitle: '{name}: последние {days} дней',
  detailsRange: 'с {from} по {to}',
  detailsNotLoaded: 'Цифры появятся здесь, когда загрузится аналитика.',
  figureEntered: 'Вошло',
  figureEnteredHow: 'Элементы, перешедшие в эту стадию за период; каждый считается один раз.',
  figureMovedOn: 'Ушло дальше',
  figureMovedOnHow: 'Из них элементы, которые потом перешли в другую стадию или воронку.',
  figureWon: 'Успех',
  figureWonHow: 'Из вошедших элементы, чья последняя стадия — успешная стадия этой воронки.',
  figureLost: 'Провал',
  figureLostHow:
    'Из вошедших элементы, чья последняя стадия — одна из провальных стадий этой воронки.',
  figureMedian: 'Медианное время',
  figureMedianHow:
    'Половина пребываний в стадии, начавшихся в периоде и завершившихся, была короче, половина — дольше ({stays, plural, one {# пребывание} few {# пребывания} many {# пребываний} other {# пребывания}}). Незавершённые пребывания не учитываются.',
  figureNow: 'Сейчас',
  figureNowHow: 'Элементы в стадии сегодня, независимо от периода, и их общая сумма.',
  valueShare: '{count} ({percent}%)',
  valueDays: '{days, plural, one {# день} few {# дня} many {# дней} other {# дня}}',
  valueNoStay: 'ни одно пребывание не завершилось',
  valueItems:
    '{count, plural, one {# элемент} few {# элемента} many {# элементов} other {# элемента}}',
  valueAmountLoading: 'суммы подсчитываются…',
  valueNoAmount: 'у этих элементов нет суммы',
  funnelPreview: 'Предпросмотр воронки',
  funnelTitle: 'Воронка «{name}»: последние {days} дней',
  funnelDescription:
    'Путь к успеху идёт вниз по стадиям в работе к успешной стадии; провальные стадии ответвляются вправо. Ширина полосы — число элементов, вошедших в стадию.',
  funnelTable: 'Воронка',
  funnelPicture: 'Воронка «{name}». Путь к успеху: {path}. Провальные ветви: {branches}.',
  funnelPictureStep: '{name}, вошло {count}',
  funnelPath: 'Путь к успеху',
  funnelBranches: 'Провальные ветви',
  funnelStage: 'Стадия',
  funnelGroup: 'Группа',
  outcomeTitle: 'Сменить исход стадии «{name}»',
  outcomeFrom: 'Сейчас в группе «{from}»; станет стадией группы «{to}».',
  outcomePlace: 'Место в группе «{group}»',
  outcomePlaceFirst: 'Первой',
  outcomePlaceAfter: 'После «{name}»',
  outcomeSummary: 'Что произойдёт (пока ничего не отправлено):',
  outcomeSummaryStage:
    'В группу «{group}» на место {place} добавится новая стадия «{name}» того же цвета.',
  outcomeSummaryItems:
    '{count, plural, =0 {Переносить нечего;} one {В неё перейдёт # элемент;} few {В неё перейдут # элемента;} many {В неё перейдут # элементов;} other {В неё перейдут # элемента;}} затем старая стадия удаляется.',
  outcomeSummaryCode: 'Код стадии (STATUS_ID) сменится с {from} на {to}.',
  outcomeSummaryRobots:
    'Правила автоматизации, роботы и отчёты, привязанные к {from}, за сменой не последуют: проверьте их после.',
  outcomeSummarySuccess:
    'Успешная стадия остаётся единственной: местами меняются только стадии в работе и провальные.',
  outcomeStart: 'Сменить исход',
  outcomeStop: 'Остановить',
  outcomeResume: 'Продолжить',
  outcomeForget: 'Оставить обе стадии как есть',
  outcomeStepRead: 'Читаем стадии…',
  outcomeStepAdd: 'Добавляем новую стадию…',
  outcomeStepMove: 'Переносим элементы: перенесено {moved}, осталось {left}.',
  outcomeStepDelete: 'Удаляем старую стадию…',
  outcomeStopping: 'Остановка после уже отправленных элементов…',
  outcomeDone:
    'Готово: «{name}» теперь стадия группы «{group}»; {moved, plural, one {перенесён # элемент} few {перенесено # элемента} many {перенесено # элементов} other {перенесено # элемента}}.',
  outcomeStopped:
    'Остановлено: перенесено {moved}, в старой стадии осталось {left}. Обе стадии остаются, пока вы не продолжите.',
  outcomeFailed:
    'Остановлено ошибкой. {reason} Обе стадии остаются, ни один элемент не потерян: продолжите, когда причина будет устранена.',
  outcomeGone: 'Обеих стадий уже нет: воронку изменил кто-то другой. Делать больше нечего.',
  outcomeBlocked:
    'Стадия {code} уже есть в группе «{group}», поэтому продолжить нельзя. Оставьте как есть или сначала удалите ту стадию.',
  outcomePending: 'Смена исхода стадии «{name}» не завершена.',
  outcomeResumeOf: 'Продолжить смену исхода стадии {name}',
};
