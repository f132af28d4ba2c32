/** Issue 14: stage analytics, the funnel preview, changing a stage's outcome (spread into en.ts). */
export const analyticsEn = {
  analyticsRegion: 'Stage analytics',
  analyticsPeriod: 'Period',
  periodDays: '{days} days',
  analyticsLoading: 'Loading analytics…',
  analyticsProgress: 'Loading analytics: {loaded} of {total} history rows',
  analyticsStop: 'Stop loading analytics',
  analyticsStopped:
    'Analytics stopped after {loaded} of {total} history rows; numbers show only once they load in full.',
  analyticsLoad: 'Load analytics',
  analyticsRefresh: 'Refresh analytics',
  analyticsReady:
    'Analytics of the last {days} days: {items, plural, one {# item} other {# items}} from {rows, plural, one {# history row} other {# history rows}}.',
  analyticsEmpty:
    'No item entered a stage of this pipeline in the last {days} days. Bitrix24 lists the stage history of the items you may read only: if you expected numbers, you may lack the right to read these items.',
  analyticsNoRights:
    'No numbers can be shown: Bitrix24 does not let you read these CRM items, and the stage history lists only items you may read. Ask your Bitrix24 administrator for the right to read them.',
  analyticsFailed: 'Analytics could not be loaded. {reason}',
  lineEntered: '{count} in',
  lineWon: '{percent}% won',
  lineMedian: '{days} d',
  detailsTitle: '{name}: the last {days} days',
  detailsRange: '{from} to {to}',
  detailsNotLoaded: 'The numbers appear here once the analytics have loaded.',
  figureEntered: 'Entered',
  figureEnteredHow: 'Items that moved into this stage in the period, each item counted once.',
  figureMovedOn: 'Moved on',
  figureMovedOnHow: 'Of those, the items that later left it for another stage or pipeline.',
  figureWon: 'Won',
  figureWonHow:
    'Of those that entered, the items whose latest stage is this pipeline’s success stage.',
  figureLost: 'Lost',
  figureLostHow:
    'Of those that entered, the items whose latest stage is one of this pipeline’s failure stages.',
  figureMedian: 'Median time',
  figureMedianHow:
    'Half of the stays in this stage that began in the period and ended were shorter, half longer ({stays, plural, one {# stay} other {# stays}}). Stays that have not ended are left out.',
  figureNow: 'Now',
  figureNowHow: 'Items in the stage today, whatever the period, with their total amount.',
  valueShare: '{count} ({percent}%)',
  valueDays: '{days, plural, one {# day} other {# days}}',
  valueNoStay: 'no stay has ended',
  valueItems: '{count, plural, one {# item} other {# items}}',
  valueAmountLoading: 'adding up their amounts…',
  valueNoAmount: 'these items carry no amount',
  funnelPreview: 'Funnel preview',
  funnelTitle: 'Funnel of {name}: the last {days} days',
  funnelDescription:
    'The success path runs down the in-progress stages to the success stage; the failure stages branch off to the right. Each bar is as wide as the number of items that entered the stage.',
  funnelTable: 'Funnel',
  funnelPicture: 'Funnel of {name}. Success path: {path}. Failure branches: {branches}.',
  funnelPictureStep: '{name}, {count} entered',
  funnelPath: 'Success path',
  funnelBranches: 'Failure branches',
  funnelStage: 'Stage',
  funnelGroup: 'Group',
  outcomeTitle: 'Change the outcome of {name}',
  outcomeFrom: 'Now in {from}; becomes a stage of {to}.',
  outcomePlace: 'Place in {group}',
  outcomePlaceFirst: 'First',
  outcomePlaceAfter: 'After {name}',
  outcomeSummary: 'What will happen (nothing has been sent yet):',
  outcomeSummaryStage:
    'A new stage “{name}” with the same colour is added to {group}, at place {place}.',
  outcomeSummaryItems:
    '{count, plural, =0 {No item needs to move;} one {# item moves into it;} other {# items move into it;}} then the old stage is deleted.',
  outcomeSummaryCode: 'The stage’s code (STATUS_ID) changes from {from} to {to}.',
  outcomeSummaryRobots:
    'Automation rules, robots and reports tied to {from} do not follow the change: check them afterwards.',
  outcomeSummarySuccess:
    'The success stage stays single: only in-progress and failure stages change places.',
  outcomeStart: 'Change outcome',
  outcomeStop: 'Stop',
  outcomeResume: 'Resume',
  outcomeForget: 'Leave both stages as they are',
  outcomeStepRead: 'Reading the stages…',
  outcomeStepAdd: 'Adding the new stage…',
  outcomeStepMove: 'Moving items: {moved} moved, {left} left.',
  outcomeStepDelete: 'Deleting the old stage…',
  outcomeStopping: 'Stopping after the items on their way…',
  outcomeDone:
    'Done: “{name}” is now a stage of {group}; {moved, plural, one {# item} other {# items}} moved.',
  outcomeStopped:
    'Stopped: {moved} moved, {left} still in the old stage. Both stages stay until you resume.',
  outcomeFailed:
    'Stopped by an error. {reason} Both stages stay and no item is lost: resume once the cause is fixed.',
  outcomeGone:
    'Neither stage is there any more: someone else changed this pipeline. Nothing is left to do.',
  outcomeBlocked:
    'The stage {code} already stands in {group}, so the change cannot go on. Leave it, or delete that stage first.',
  outcomePending: 'Changing the outcome of “{name}” has not finished.',
  outcomeResumeOf: 'Resume changing the outcome of {name}',
} as const;
