import type { Messages } from './en';

export const ru: Messages = {
  appTitle: 'Редактор стадий',
  connecting: 'Подключение к Битрикс24…',
  loadingBoard: 'Загрузка стадий…',
  directories: 'Справочники',
  sectionLeads: 'Лиды',
  sectionDeals: 'Сделки',
  sectionQuotes: 'Предложения',
  sectionInvoices: 'Счета',
  sectionDocuments: 'Документы',
  sectionReference: 'Другие справочники',
  leadsHiddenSimpleMode:
    'Лиды выключены: CRM работает в простом режиме (только сделки), поэтому статусы лидов скрыты.',
  groupProcess: 'В работе',
  groupSuccess: 'Успех',
  groupFailure: 'Провал',
  emptyGroup: 'Нет стадий',
  systemStage: 'Системная стадия',
  systemStageShort: 'Системная',
  readOnlyBanner:
    'Вы можете просматривать стадии, но не менять их: для этого нужны права администратора CRM. Обратитесь к администратору Битрикс24.',
  moveStage: 'Переместить стадию {name}',
  renameStage: 'Переименовать стадию {name}',
  changeColour: 'Изменить цвет стадии {name}',
  stageName: 'Название стадии',
  restoreName: 'Вернуть исходное название',
  restoreNameHint: 'Исходное название: {name}',
  hexColour: 'Цвет в HEX',
  freeColour: 'Любой цвет',
  paletteLabel: 'Цвета стадий Битрикс24',
  applyColour: 'Применить',
  cancel: 'Отмена',
  close: 'Закрыть',
  nameEmpty: 'Введите название: у стадии оно должно быть.',
  nameTooLong: 'Название слишком длинное: не больше {max} символов.',
  nameControlChars: 'В названии есть невидимые управляющие символы; удалите их.',
  colourInvalid: 'Введите 3 или 6 шестнадцатеричных цифр, например #39A8EF или #3AF.',
  saving: 'Сохранение…',
  saved: 'Сохранено',
  dragPickedUp: 'Стадия {name} взята. Позиция {position} из {count} в группе «{group}».',
  dragMoved: 'Стадия {name} над позицией {position} из {count} в группе «{group}».',
  dragOverOtherGroup:
    'Стадию {name} нельзя перенести в группу «{target}»: стадия остаётся в своей группе («{group}»), потому что Битрикс24 не позволяет приложению менять смысл стадии.',
  dragDropped: 'Стадия {name} поставлена на позицию {position} из {count} в группе «{group}».',
  dragRefused:
    'Стадия {name} не перемещена: её нельзя перенести из группы «{group}» в «{target}». Битрикс24 не позволяет приложению менять смысл стадии.',
  dragCancelled:
    'Перемещение стадии {name} отменено. Она остаётся на позиции {position} из {count}.',
  dragInstructions:
    'Чтобы переместить стадию, нажмите пробел на её ручке, двигайте стрелками, пробел — поставить, Escape — отменить.',
  refusedVisible: 'Стадию можно перемещать только внутри её группы.',
  saveFailed: 'Битрикс24 не сохранил изменение: {reason}',
  saveFailedMany:
    'Битрикс24 не сохранил {count, plural, one {# изменение} few {# изменения} other {# изменений}}: {reason}',
  retry: 'Повторить',
  discard: 'Отменить изменение',
  pendingTitle: 'Несохранённые изменения',
  changeMove: 'Перемещение {name}',
  changeRename: 'Переименование {name} в {value}',
  changeRecolour: 'Цвет {name}: {value}',
  errorAccessDenied:
    'Битрикс24 отказал: для изменения стадий нужны права администратора CRM. Обратитесь к администратору Битрикс24.',
  errorInsufficientScope:
    'У приложения нет доступа к CRM. Переустановите его и разрешите доступ к CRM.',
  errorRestUnavailable:
    'Тариф этого Битрикс24 не позволяет приложениям использовать REST API. Смените тариф, чтобы пользоваться редактором стадий.',
  errorSessionExpired:
    'Сессия Битрикс24 истекла и не продлилась. Перезагрузите приложение, чтобы войти снова.',
  errorRateLimit:
    'Битрикс24 перегружен и попросил приложение снизить темп. Подождите несколько секунд и повторите.',
  errorNetwork: 'Битрикс24 не отвечает: связь потеряна. Проверьте подключение и повторите.',
  errorNotFound:
    'Этой стадии больше нет: вероятно, её удалил кто-то другой. На доске показаны текущие стадии.',
  errorRefused: 'Битрикс24 отклонил изменение: {description}',
  errorServer: 'Битрикс24 сообщил об ошибке: {description}. Повторите чуть позже.',
  errorUnknownDescription: 'без подробностей',
  reload: 'Перезагрузить приложение',
  loadFailed: 'Не удалось загрузить стадии.',
  outsideTitle: 'Редактор стадий для Битрикс24',
  outsideIntro:
    'Это приложение Битрикс24: оно редактирует стадии воронок CRM и работает только внутри вашего Битрикс24.',
  outsideInstall:
    'Установите его из Битрикс24 Маркета (или как локальное приложение: Разработчикам → Другое → Локальное приложение) и откройте из портала.',
  outsideDev:
    'Разработчикам: запустите npm start и откройте локальный портал Битрикс24, адрес которого он выведет; приложение работает внутри него.',
  stageCount: '{count, plural, one {# стадия} few {# стадии} other {# стадий}}',
  addStageAfter: 'Добавить стадию после {name}',
  addStageAtStart: 'Добавить стадию в начало группы {group}',
  moveItem: 'Переместить элемент {name}',
  renameItem: 'Переименовать элемент {name}',
  itemPickedUp: 'Элемент {name} поднят. Позиция {position} из {count}.',
  itemOver: 'Элемент {name} над позицией {position} из {count}.',
  itemDropped: 'Элемент {name} опущен на позицию {position} из {count}.',
  itemCancelled: 'Перемещение элемента {name} отменено.',
  addItemAfter: 'Добавить элемент после {name}',
  addItemAtStart: 'Добавить элемент в начало',
  newStage: 'Новая стадия',
  itemName: 'Название элемента',
  adding: 'Добавление…',
  addFailed: 'Битрикс24 не добавил {name}: {reason}',
  itemCount: '{count, plural, one {# элемент} few {# элемента} other {# элементов}}',
  deleteStage: 'Удалить стадию {name}',
  deleteItem: 'Удалить элемент {name}',
  deleteStageTitle: 'Удалить стадию {name}?',
  deleteItemTitle: 'Удалить элемент {name}?',
  itemsInStage:
    '{count, plural, =0 {В этой стадии нет элементов CRM.} one {В этой стадии # элемент CRM.} few {В этой стадии # элемента CRM.} other {В этой стадии # элементов CRM.}}',
  countingItems: 'Считаем элементы CRM в этой стадии…',
  protectedStart:
    'Начальную стадию удалить нельзя: с неё начинаются новые элементы. Её можно переименовать.',
  protectedSuccess:
    'Успешную стадию удалить нельзя: в каждой воронке она ровно одна. Её можно переименовать.',
  protectedFirstFailure:
    'Первую провальную стадию удалить нельзя: Битрикс24 считает её основным провальным итогом воронки. Её можно переименовать.',
  systemWarning: 'Это системная запись Битрикс24. Удалить её можно только с явным подтверждением.',
  systemConfirm: 'Я понимаю, что это системная стадия',
  systemItemConfirm: 'Я понимаю, что это системный элемент',
  confirmDelete: 'Удалить',
  deleting: 'Удаление…',
  moveTarget: 'Перенести элементы в',
  moveAndDelete:
    'Перенести {count, plural, one {# элемент} few {# элемента} other {# элементов}} в {stage} и удалить',
  moveProgressLabel: 'Перенос элементов',
  moveProgress: 'Перенесено {moved} из {total}',
  stopMove: 'Остановить перенос',
  moveStopped:
    'Перенос остановлен: перенесено {moved} из {total}. Ничего не удалено; перенос можно продолжить.',
  moveFailed: 'Перенос элементов прервался: {reason} Ничего не удалено.',
  stillActive:
    'Битрикс24 всё ещё не даёт удалить эту стадию: в ней есть активные элементы. Ничего не удалено.',
  deleteFailed: 'Битрикс24 не удалил запись: {reason}',
};
