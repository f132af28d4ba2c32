import type { analyticsEn } from './analytics/en';
import { stageSetsEn } from './stage-sets/en';
import type { journalEn } from './journal/en';
import type { stageSetDialogEn } from './stage-sets/dialog.en';

/** English: the source of every message key. ru.ts and de.ts must define the same keys. */
export const en = {
  appTitle: 'Stage editor',
  connecting: 'Connecting to Bitrix24…',
  loadingBoard: 'Loading stages…',
  directories: 'Directories',
  sectionLeads: 'Leads',
  sectionDeals: 'Deals',
  sectionQuotes: 'Estimates',
  sectionInvoices: 'Invoices',
  sectionDocuments: 'Documents',
  sectionReference: 'Other reference books',
  leadsHiddenSimpleMode:
    'Leads are off: this CRM works in simple mode (deals only), so lead statuses are hidden.',
  groupProcess: 'In progress',
  groupSuccess: 'Success',
  groupFailure: 'Failure',
  emptyGroup: 'No stages',
  systemStage: 'System stage',
  readOnlyBanner:
    'You can view the stages but not change them: editing needs CRM administrator rights. Ask your Bitrix24 administrator.',
  moveStage: 'Move stage {name}',
  renameStage: 'Rename stage {name}',
  changeColour: 'Change colour of stage {name}',
  stageName: 'Stage name',
  nameEditorHint: 'Enter to save, Esc to cancel',
  dismissNotice: 'Dismiss',
  restoreName: 'Restore original name',
  restoreNameHint: 'Original name: {name}',
  hexColour: 'Hex colour',
  freeColour: 'Any colour',
  paletteLabel: 'Bitrix24 stage colours',
  colourDialog: 'Stage colour',
  applyColour: 'Apply',
  cancel: 'Cancel',
  close: 'Close',
  nameEmpty: 'Enter a name: a stage needs one.',
  nameZero: 'Bitrix24 does not keep the name “0” (it treats it as empty). Choose another name.',
  nameTooLong: 'The name is too long: at most {max} characters.',
  nameControlChars: 'The name contains invisible control characters; remove them.',
  colourInvalid: 'Enter 3 or 6 hexadecimal digits, for example #39A8EF or #3AF.',
  dragPickedUp: 'Picked up stage {name}. Position {position} of {count} in {group}.',
  dragMoved: 'Stage {name} is over position {position} of {count} in {group}.',
  dragOverOtherGroup:
    'Stage {name} cannot move to {target}: a stage stays in its group ({group}), because Bitrix24 does not let an app change a stage’s meaning.',
  dragDropped: 'Stage {name} dropped at position {position} of {count} in {group}.',
  dragRefused:
    'Stage {name} was not moved: it cannot leave {group} for {target}. Bitrix24 does not let an app change a stage’s meaning.',
  dragCancelled: 'Moving stage {name} was cancelled. It stays at position {position} of {count}.',
  dragInstructions:
    'To move a stage, press Space on its handle, use the arrow keys to move it, Space to drop it, or Escape to cancel.',
  refusedSemantics: 'A stage can only move within its own group.',
  saveFailedMany: '{count, plural, one {# change} other {# changes}} not saved. {reason}',
  retry: 'Try again',
  discard: 'Discard',
  pendingTitle: 'Unsaved changes',
  changeMove: 'Move {name}',
  changeRename: 'Rename {name} to {value}',
  changeAdd: 'Add stage {name}',
  changeRecolour: 'Colour of {name} to {value}',
  errorAccessDenied:
    'Bitrix24 refused: you need CRM administrator rights to change stages. Ask your Bitrix24 administrator.',
  errorAppAccessDenied:
    'Your Bitrix24 administrator has opened this app to some users only, and you are not one of them. Ask them for access.',
  errorInsufficientScope:
    'The app lacks access to the CRM. Reinstall it and allow the CRM permission.',
  errorRestUnavailable:
    'This Bitrix24 plan does not allow apps to use the REST API. Upgrade the plan to use the stage editor.',
  errorSessionExpired:
    'Your Bitrix24 session has expired and could not be renewed. Reload the app to sign in again.',
  errorRateLimit:
    'Bitrix24 is busy and asked the app to slow down. Wait a few seconds and try again.',
  errorNetwork:
    'No answer from Bitrix24: the connection was lost. Check your connection and try again.',
  errorNotFound:
    'This stage no longer exists: someone else probably deleted it. The board now shows the current stages.',
  errorRefused: 'Bitrix24 refused the change: {description}',
  errorServer: 'Bitrix24 reported an error ({description}); try again in a moment.',
  errorUnknownDescription: 'no details given',
  reload: 'Reload the app',
  loadFailed: 'The stages could not be loaded.',
  outsideTitle: 'Stage editor for Bitrix24',
  outsideIntro:
    'This is a Bitrix24 app: it edits the stages of your CRM pipelines and works only inside your Bitrix24 portal.',
  outsideInstall:
    'To use it, install it from the Bitrix24 Market (or as a local app: Developer resources → Other → Local application) and open it from your portal.',
  outsideDev:
    'Developers: run npm start and open the local Bitrix24 portal it prints; the app runs inside it.',
  frameRefused:
    'The app did not connect: the portal address it was opened with is not a valid host name. Open the stage editor from your Bitrix24 portal.',
  errorConflict:
    'Someone else changed this stage meanwhile (it is now “{description}”). Their change was kept and the board shows it; apply yours only if you still want it.',
  applyMine: 'Apply mine anyway',
  savingCount: 'Saving {count, plural, one {# change} other {# changes}}…',
  busyRateLimited: 'Bitrix24 is busy and asked the app to slow down; the app keeps retrying.',
  busySlow: 'Bitrix24 is answering slowly; still waiting.',
  sectionOther: 'Other stages',
  themeLabel: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  placementTitle: 'Stage editor',
  placementDescription: 'Order, rename and recolour the stages of every pipeline',
  installTitle: 'Installing the stage editor',
  installRunning:
    'Adding the Stage editor button to the pipeline settings of deals, invoices and smart processes…',
  installDone: 'Installed. Bitrix24 is opening the stage editor…',
  installFailed:
    'The install did not finish: Bitrix24 refused {count, plural, one {# step} other {# steps}}. The rest is in place; try again to finish.',
  installStepRead: 'Reading the CRM’s pipelines',
  installStepUnbind: 'Removing the old button from {placement}',
  installStepBind: 'Adding the button to {placement}',
  placementDeals: 'the deal pipelines',
  placementInvoices: 'the invoice pipelines',
  placementDynamic: 'the pipelines of smart process {id}',
  stageCount: '{count, plural, one {# stage} other {# stages}}',
  addStageAfter: 'Add stage after {name}',
  addStageAtStart: 'Add stage at the start of {group}',
  moveEntry: 'Move entry {name}',
  renameEntry: 'Rename entry {name}',
  entryPickedUp: 'Picked up entry {name}. Position {position} of {count}.',
  entryOver: 'Entry {name} is over position {position} of {count}.',
  entryDropped: 'Entry {name} dropped at position {position} of {count}.',
  entryCancelled: 'Moving entry {name} was cancelled.',
  addEntryAfter: 'Add entry after {name}',
  addEntryAtStart: 'Add entry at the start',
  newStage: 'New stage',
  entryName: 'Entry name',
  adding: 'Adding…',
  addFailed: '{name} was not added. {reason}',
  itemCount: '{count, plural, one {# item} other {# items}}',
  deleteStage: 'Delete stage {name}',
  deleteEntry: 'Delete entry {name}',
  deleteStageTitle: 'Delete stage {name}?',
  deleteEntryTitle: 'Delete entry {name}?',
  itemsInStage:
    '{count, plural, =0 {There are no CRM items in this stage.} one {# CRM item is in this stage.} other {# CRM items are in this stage.}}',
  countingItems: 'Counting the CRM items in this stage…',
  protectedStart:
    'The start stage cannot be deleted: new items enter the pipeline here. You can rename it instead.',
  protectedSuccess:
    'The success stage cannot be deleted: every pipeline needs exactly one. You can rename it instead.',
  protectedFirstFailure:
    'The first failure stage cannot be deleted: Bitrix24 uses it as the pipeline’s main failure outcome. You can rename it instead.',
  systemWarning:
    'This is a system entry of Bitrix24. It can only be deleted with an explicit confirmation.',
  systemConfirm: 'I understand this is a system stage',
  systemEntryConfirm: 'I understand this is a system entry',
  confirmDelete: 'Delete',
  deleting: 'Deleting…',
  moveTarget: 'Move the items to',
  moveAndDelete: 'Move {count, plural, one {# item} other {# items}} to {stage} and delete',
  moveProgressLabel: 'Moving items',
  moveProgress: '{moved} of {total} moved',
  stopMove: 'Stop moving',
  moveStopped: 'Moving stopped: {moved} of {total} moved. Nothing was deleted; you can resume.',
  moveFailed: 'Moving the items stopped: {reason} Nothing was deleted.',
  stillActive:
    'Bitrix24 still refuses to delete this stage: there are active items in it. Nothing was deleted.',
  deleteFailed: 'Not deleted. {reason}',
  refusedSuccessSingle:
    'A stage can only move within its own group. Success holds exactly one stage: the pipeline’s final outcome.',
  dragOverSuccess:
    'Stage {name} cannot move to {target}: it holds exactly one stage, the pipeline’s final outcome.',
  dragRefusedSuccess:
    'Stage {name} was not moved: it cannot leave {group} for {target}. {target} holds exactly one stage, the pipeline’s final outcome.',
  changeRestoreName: 'Restore the original name of {name} ({value})',
  unsavedDropped:
    '{count, plural, one {# unsaved change} other {# unsaved changes}} from an earlier visit could not be read and had to be dropped. Check the stages and repeat what is missing.',
  errorNoCrmAccess:
    'Bitrix24 refused: your account has no access to the CRM. Ask your Bitrix24 administrator for access to CRM items.',
  errorAdminRequired:
    'Bitrix24 refused: only a Bitrix24 administrator can do this. Ask your administrator to install the app.',
  errorItemsAccessDenied:
    'Bitrix24 refused: you have no rights to change these CRM items. Ask your Bitrix24 administrator, or move them yourself in the CRM.',
  errorHasItems:
    'Bitrix24 did not delete the stage: it still holds CRM items (“{description}”). Move them to another stage first.',
  errorNotSaved:
    'Bitrix24 answered as if it had saved this, but did not keep it: it still holds “{description}”.',
  errorNotSavedEmptyName:
    'Bitrix24 does not save an empty name and kept “{description}”. Enter a name.',
  errorNotSavedNameTooLong:
    'Bitrix24 did not save the name: it keeps at most 100 characters. The stage is still called “{description}”.',
  readOnlyNoCrmAccess:
    'You cannot see or change the stages: your account has no access to the CRM. Ask your Bitrix24 administrator.',
  directoryStagesOff: 'Stages are switched off in this smart process’s settings.',
  installBound: 'Button added to the settings of {placements}.',
  installSkippedTitle: 'Left out on purpose:',
  installSkipNotOffered:
    'The settings of {placement}: this Bitrix24 offers no button there (smart invoices may be switched off).',
  installSkipStagesDisabled:
    'The settings of {placement}: the stages of this smart process are switched off.',
  installDoneSkipped:
    'Installed with the buttons this Bitrix24 offers. Finish the installation to open the stage editor.',
  installFinish: 'Finish installation',
  installNotBound: 'Bitrix24 answered yes, but the button is not there afterwards.',
  skipToBoard: 'Skip to board',
  boardRegion: 'Stages',
  findStage: 'Find stage',
  findStagePlaceholder: 'Name or code',
  findResults:
    '{count, plural, =0 {No stage matches} one {# stage matches} other {# stages match}}',
  viewLabel: 'View',
  viewBoard: 'Board',
  viewCompact: 'Compact',
  overviewLabel: 'All stages at a glance',
  goToStage: 'Go to stage {name}',
  // Issue 13: stage sets and pipelines.
  ...stageSetsEn,
  // Issues 12 and 14: what the first board shows of the journal and the analytics; the rest
  // of their messages loads with them (feature-messages.ts).
  errorStorageDenied:
    'Bitrix24 refused: your account has no rights on this app’s storage, where the change journal is kept. Ask your Bitrix24 administrator.',
  undo: 'Undo',
  redo: 'Redo',
  changeJournal: 'Change journal',
  analyticsOfStage: 'Analytics of stage {name}',
  changeOutcome: 'Change outcome of stage {name}',
} as const;

/** The keys of the catalogue that ships with the first board (en, and ru or de when loaded). */
export type BaseKey = keyof typeof en;
export type Messages = Record<BaseKey, string>;
/** Every key: the base catalogue's and those of the features that bring their own (feature-messages.ts). */
export type MessageKey =
  BaseKey | keyof typeof journalEn | keyof typeof analyticsEn | keyof typeof stageSetDialogEn;
