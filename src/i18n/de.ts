import { stageSetsDe } from './stage-sets/de';
import type { Messages } from './en';

export const de: Messages = {
  appTitle: 'Phaseneditor',
  connecting: 'Verbindung zu Bitrix24 wird hergestellt…',
  loadingBoard: 'Phasen werden geladen…',
  directories: 'Verzeichnisse',
  sectionLeads: 'Leads',
  sectionDeals: 'Aufträge',
  sectionQuotes: 'Angebote',
  sectionInvoices: 'Rechnungen',
  sectionDocuments: 'Dokumente',
  sectionReference: 'Weitere Verzeichnisse',
  leadsHiddenSimpleMode:
    'Leads sind aus: Dieses CRM arbeitet im einfachen Modus (nur Aufträge), daher sind Lead-Status ausgeblendet.',
  groupProcess: 'In Bearbeitung',
  groupSuccess: 'Erfolg',
  groupFailure: 'Misserfolg',
  emptyGroup: 'Keine Phasen',
  systemStage: 'Systemphase',
  readOnlyBanner:
    'Sie können die Phasen ansehen, aber nicht ändern: Dafür sind CRM-Administratorrechte nötig. Wenden Sie sich an Ihren Bitrix24-Administrator.',
  moveStage: 'Phase {name} verschieben',
  renameStage: 'Phase {name} umbenennen',
  changeColour: 'Farbe der Phase {name} ändern',
  stageName: 'Name der Phase',
  nameEditorHint: 'Enter speichert, Esc bricht ab',
  dismissNotice: 'Ausblenden',
  restoreName: 'Ursprünglichen Namen wiederherstellen',
  restoreNameHint: 'Ursprünglicher Name: {name}',
  hexColour: 'Hex-Farbe',
  freeColour: 'Beliebige Farbe',
  paletteLabel: 'Bitrix24-Phasenfarben',
  colourDialog: 'Farbe der Phase',
  applyColour: 'Übernehmen',
  cancel: 'Abbrechen',
  close: 'Schließen',
  nameEmpty: 'Geben Sie einen Namen ein: Eine Phase braucht einen.',
  nameZero:
    'Bitrix24 speichert den Namen „0“ nicht (es hält ihn für leer). Wählen Sie einen anderen Namen.',
  nameTooLong: 'Der Name ist zu lang: höchstens {max} Zeichen.',
  nameControlChars: 'Der Name enthält unsichtbare Steuerzeichen; entfernen Sie sie.',
  colourInvalid: 'Geben Sie 3 oder 6 Hexadezimalziffern ein, zum Beispiel #39A8EF oder #3AF.',
  dragPickedUp: 'Phase {name} aufgenommen. Position {position} von {count} in {group}.',
  dragMoved: 'Phase {name} ist über Position {position} von {count} in {group}.',
  dragOverOtherGroup:
    'Phase {name} kann nicht nach {target}: Eine Phase bleibt in ihrer Gruppe ({group}), weil Bitrix24 einer App nicht erlaubt, die Bedeutung einer Phase zu ändern.',
  dragDropped: 'Phase {name} auf Position {position} von {count} in {group} abgelegt.',
  dragRefused:
    'Phase {name} wurde nicht verschoben: Sie kann {group} nicht in Richtung {target} verlassen. Bitrix24 erlaubt einer App nicht, die Bedeutung einer Phase zu ändern.',
  dragCancelled:
    'Verschieben der Phase {name} abgebrochen. Sie bleibt auf Position {position} von {count}.',
  dragInstructions:
    'Zum Verschieben einer Phase drücken Sie die Leertaste auf ihrem Griff, bewegen sie mit den Pfeiltasten, legen sie mit der Leertaste ab oder brechen mit Escape ab.',
  refusedSemantics: 'Eine Phase kann nur innerhalb ihrer Gruppe verschoben werden.',
  saveFailedMany:
    '{count, plural, one {# Änderung} other {# Änderungen}} nicht gespeichert. {reason}',
  retry: 'Erneut versuchen',
  discard: 'Verwerfen',
  pendingTitle: 'Nicht gespeicherte Änderungen',
  changeMove: '{name} verschieben',
  changeRename: '{name} in {value} umbenennen',
  changeAdd: 'Phase {name} hinzufügen',
  changeRecolour: 'Farbe von {name}: {value}',
  errorAccessDenied:
    'Bitrix24 hat abgelehnt: Zum Ändern von Phasen sind CRM-Administratorrechte nötig. Wenden Sie sich an Ihren Bitrix24-Administrator.',
  errorAppAccessDenied:
    'Ihr Bitrix24-Administrator hat diese App nur für einige Benutzer freigegeben, und Sie gehören nicht dazu. Bitten Sie ihn um Zugriff.',
  errorInsufficientScope:
    'Die App hat keinen Zugriff auf das CRM. Installieren Sie sie neu und erlauben Sie den CRM-Zugriff.',
  errorRestUnavailable:
    'Dieser Bitrix24-Tarif erlaubt Apps keine REST-API. Wechseln Sie den Tarif, um den Phaseneditor zu nutzen.',
  errorSessionExpired:
    'Ihre Bitrix24-Sitzung ist abgelaufen und konnte nicht erneuert werden. Laden Sie die App neu, um sich wieder anzumelden.',
  errorRateLimit:
    'Bitrix24 ist ausgelastet und hat die App gebremst. Warten Sie einige Sekunden und versuchen Sie es erneut.',
  errorNetwork:
    'Keine Antwort von Bitrix24: Die Verbindung ist unterbrochen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorNotFound:
    'Diese Phase gibt es nicht mehr: Vermutlich hat jemand anderes sie gelöscht. Die Tafel zeigt jetzt die aktuellen Phasen.',
  errorRefused: 'Bitrix24 hat die Änderung abgelehnt: {description}',
  errorServer:
    'Bitrix24 hat einen Fehler gemeldet ({description}); versuchen Sie es gleich noch einmal.',
  errorUnknownDescription: 'keine Details',
  reload: 'App neu laden',
  loadFailed: 'Die Phasen konnten nicht geladen werden.',
  outsideTitle: 'Phaseneditor für Bitrix24',
  outsideIntro:
    'Dies ist eine Bitrix24-App: Sie bearbeitet die Phasen Ihrer CRM-Pipelines und funktioniert nur in Ihrem Bitrix24-Portal.',
  outsideInstall:
    'Installieren Sie sie aus dem Bitrix24 Market (oder als lokale App: Entwicklerressourcen → Andere → Lokale Anwendung) und öffnen Sie sie in Ihrem Portal.',
  outsideDev:
    'Entwickler: Führen Sie npm start aus und öffnen Sie das ausgegebene lokale Bitrix24-Portal; die App läuft darin.',
  frameRefused:
    'Die App hat keine Verbindung aufgebaut: Die Portaladresse, mit der sie geöffnet wurde, ist kein gültiger Hostname. Öffnen Sie den Phaseneditor aus Ihrem Bitrix24-Portal.',
  errorConflict:
    'Jemand anderes hat diese Phase inzwischen geändert (jetzt „{description}“). Diese Änderung wurde beibehalten und wird angezeigt; übernehmen Sie Ihre nur, wenn Sie sie noch wollen.',
  applyMine: 'Meine trotzdem übernehmen',
  savingCount: '{count, plural, one {# Änderung wird} other {# Änderungen werden}} gespeichert…',
  busyRateLimited: 'Bitrix24 ist ausgelastet und hat die App gebremst; die App versucht es weiter.',
  busySlow: 'Bitrix24 antwortet langsam; es wird weiter gewartet.',
  sectionOther: 'Weitere Phasen',
  themeLabel: 'Design',
  themeSystem: 'System',
  themeLight: 'Hell',
  themeDark: 'Dunkel',
  placementTitle: 'Phaseneditor',
  placementDescription: 'Reihenfolge, Namen und Farben der Phasen jeder Pipeline',
  installTitle: 'Phaseneditor wird installiert',
  installRunning:
    'Die Schaltfläche „Phaseneditor“ wird den Pipeline-Einstellungen von Aufträgen, Rechnungen und Smart-Prozessen hinzugefügt…',
  installDone: 'Installiert. Bitrix24 öffnet den Phaseneditor…',
  installFailed:
    'Die Installation ist nicht abgeschlossen: Bitrix24 hat {count, plural, one {# Schritt} other {# Schritte}} abgelehnt. Der Rest ist eingerichtet; versuchen Sie es erneut.',
  installStepRead: 'Pipelines des CRM lesen',
  installStepUnbind: 'Alte Schaltfläche entfernen aus {placement}',
  installStepBind: 'Schaltfläche hinzufügen zu {placement}',
  placementDeals: 'den Auftrags-Pipelines',
  placementInvoices: 'den Rechnungs-Pipelines',
  placementDynamic: 'den Pipelines des Smart-Prozesses {id}',
  stageCount: '{count, plural, one {# Phase} other {# Phasen}}',
  addStageAfter: 'Phase nach {name} hinzufügen',
  addStageAtStart: 'Phase am Anfang von {group} hinzufügen',
  moveEntry: 'Eintrag {name} verschieben',
  renameEntry: 'Eintrag {name} umbenennen',
  entryPickedUp: 'Eintrag {name} aufgenommen. Position {position} von {count}.',
  entryOver: 'Eintrag {name} ist über Position {position} von {count}.',
  entryDropped: 'Eintrag {name} an Position {position} von {count} abgelegt.',
  entryCancelled: 'Verschieben von Eintrag {name} abgebrochen.',
  addEntryAfter: 'Eintrag nach {name} hinzufügen',
  addEntryAtStart: 'Eintrag am Anfang hinzufügen',
  newStage: 'Neue Phase',
  entryName: 'Name des Eintrags',
  adding: 'Wird hinzugefügt…',
  addFailed: '{name} wurde nicht hinzugefügt. {reason}',
  itemCount: '{count, plural, one {# Element} other {# Elemente}}',
  deleteStage: 'Phase {name} löschen',
  deleteEntry: 'Eintrag {name} löschen',
  deleteStageTitle: 'Phase {name} löschen?',
  deleteEntryTitle: 'Eintrag {name} löschen?',
  itemsInStage:
    '{count, plural, =0 {In dieser Phase sind keine CRM-Elemente.} one {In dieser Phase ist # CRM-Element.} other {In dieser Phase sind # CRM-Elemente.}}',
  countingItems: 'Die CRM-Elemente dieser Phase werden gezählt…',
  protectedStart:
    'Die Startphase kann nicht gelöscht werden: Hier beginnen neue Elemente. Sie können sie umbenennen.',
  protectedSuccess:
    'Die Erfolgsphase kann nicht gelöscht werden: Jede Pipeline braucht genau eine. Sie können sie umbenennen.',
  protectedFirstFailure:
    'Die erste Misserfolgsphase kann nicht gelöscht werden: Bitrix24 nutzt sie als wichtigstes Misserfolgsergebnis der Pipeline. Sie können sie umbenennen.',
  systemWarning:
    'Dies ist ein Systemeintrag von Bitrix24. Er kann nur nach ausdrücklicher Bestätigung gelöscht werden.',
  systemConfirm: 'Ich verstehe, dass dies eine Systemphase ist',
  systemEntryConfirm: 'Ich verstehe, dass dies ein Systemeintrag ist',
  confirmDelete: 'Löschen',
  deleting: 'Wird gelöscht…',
  moveTarget: 'Elemente verschieben nach',
  moveAndDelete:
    '{count, plural, one {# Element} other {# Elemente}} nach {stage} verschieben und löschen',
  moveProgressLabel: 'Elemente werden verschoben',
  moveProgress: '{moved} von {total} verschoben',
  stopMove: 'Verschieben anhalten',
  moveStopped:
    'Verschieben angehalten: {moved} von {total} verschoben. Nichts wurde gelöscht; Sie können fortsetzen.',
  moveFailed: 'Das Verschieben wurde unterbrochen: {reason} Nichts wurde gelöscht.',
  stillActive:
    'Bitrix24 lehnt das Löschen dieser Phase weiterhin ab: Sie enthält aktive Elemente. Nichts wurde gelöscht.',
  deleteFailed: 'Nicht gelöscht. {reason}',
  refusedSuccessSingle:
    'Eine Phase kann nur innerhalb ihrer Gruppe verschoben werden. „Erfolg“ enthält genau eine Phase: das Endergebnis der Pipeline.',
  dragOverSuccess:
    'Phase {name} kann nicht nach {target}: Diese Gruppe enthält genau eine Phase, das Endergebnis der Pipeline.',
  dragRefusedSuccess:
    'Phase {name} wurde nicht verschoben: Sie kann {group} nicht verlassen, um nach {target} zu gehen. {target} enthält genau eine Phase, das Endergebnis der Pipeline.',
  changeRestoreName: 'Ursprünglichen Namen von {name} wiederherstellen ({value})',
  unsavedDropped:
    '{count, plural, one {# ungespeicherte Änderung} other {# ungespeicherte Änderungen}} vom letzten Besuch konnten nicht gelesen werden und wurden verworfen. Prüfen Sie die Phasen und wiederholen Sie, was fehlt.',
  errorNoCrmAccess:
    'Bitrix24 hat abgelehnt: Ihr Konto hat keinen Zugriff auf das CRM. Bitten Sie Ihren Bitrix24-Administrator um Zugriff auf CRM-Elemente.',
  errorAdminRequired:
    'Bitrix24 hat abgelehnt: Das kann nur ein Bitrix24-Administrator. Bitten Sie Ihren Administrator, die App zu installieren.',
  errorItemsAccessDenied:
    'Bitrix24 hat abgelehnt: Sie dürfen diese CRM-Elemente nicht ändern. Fragen Sie Ihren Bitrix24-Administrator oder verschieben Sie sie selbst im CRM.',
  errorHasItems:
    'Bitrix24 hat die Phase nicht gelöscht: Sie enthält noch CRM-Elemente („{description}“). Verschieben Sie sie zuerst in eine andere Phase.',
  errorNotSaved:
    'Bitrix24 hat geantwortet, als hätte es gespeichert, die Änderung aber nicht übernommen: Dort steht weiterhin „{description}“.',
  errorNotSavedEmptyName:
    'Bitrix24 speichert keinen leeren Namen und hat „{description}“ behalten. Geben Sie einen Namen ein.',
  errorNotSavedNameTooLong:
    'Bitrix24 hat den Namen nicht gespeichert: Er darf höchstens 100 Zeichen lang sein. Die Phase heißt weiterhin „{description}“.',
  readOnlyNoCrmAccess:
    'Sie können die Phasen weder sehen noch ändern: Ihr Konto hat keinen Zugriff auf das CRM. Wenden Sie sich an Ihren Bitrix24-Administrator.',
  directoryStagesOff: 'In den Einstellungen dieses Smart-Prozesses sind die Phasen ausgeschaltet.',
  installBound: 'Schaltfläche hinzugefügt in den Einstellungen von {placements}.',
  installSkippedTitle: 'Bewusst ausgelassen:',
  installSkipNotOffered:
    'Einstellungen von {placement}: Dieses Bitrix24 bietet dort keine Schaltfläche an (vielleicht sind Smart-Rechnungen ausgeschaltet).',
  installSkipStagesDisabled:
    'Einstellungen von {placement}: Die Phasen dieses Smart-Prozesses sind ausgeschaltet.',
  installDoneSkipped:
    'Installiert, mit den Schaltflächen, die dieses Bitrix24 anbietet. Schließen Sie die Installation ab, um den Phaseneditor zu öffnen.',
  installFinish: 'Installation abschließen',
  installNotBound: 'Bitrix24 hat zugestimmt, aber die Schaltfläche ist danach nicht vorhanden.',
  skipToBoard: 'Zu den Phasen springen',
  boardRegion: 'Phasen',
  findStage: 'Phase finden',
  findStagePlaceholder: 'Name oder Code',
  findResults:
    '{count, plural, =0 {Keine Phase gefunden} one {# Phase gefunden} other {# Phasen gefunden}}',
  viewLabel: 'Ansicht',
  viewBoard: 'Board',
  viewCompact: 'Kompakt',
  overviewLabel: 'Alle Phasen auf einen Blick',
  goToStage: 'Zu Phase {name}',
  // Issue 13: stage sets and pipelines.
  ...stageSetsDe,
  // Issues 12 and 14: what the first board shows of the journal and the analytics; the rest
  // of their messages loads with them (feature-messages.ts).
  errorStorageDenied:
    'Bitrix24 hat abgelehnt: Ihr Konto hat keine Rechte am Speicher dieser App, in dem das Änderungsprotokoll liegt. Wenden Sie sich an Ihre Bitrix24-Administration.',
  undo: 'Rückgängig',
  redo: 'Wiederholen',
  changeJournal: 'Änderungsprotokoll',
  analyticsOfStage: 'Analyse der Phase {name}',
  changeOutcome: 'Ergebnis der Phase {name} ändern',
};
