import type { analyticsEn } from './en';

/** Issue 14, in German (spread into de.ts). */
export const analyticsDe: Record<keyof typeof analyticsEn, string> = {
  analyticsRegion: 'Phasenanalyse',
  analyticsPeriod: 'Zeitraum',
  periodDays: '{days} Tage',
  analyticsLoading: 'Analyse wird geladen…',
  analyticsProgress: 'Analyse wird geladen: {loaded} von {total} Verlaufseinträgen',
  analyticsStop: 'Laden der Analyse anhalten',
  analyticsStopped:
    'Analyse nach {loaded} von {total} Verlaufseinträgen angehalten; Zahlen erscheinen erst, wenn alles geladen ist.',
  analyticsLoad: 'Analyse laden',
  analyticsRefresh: 'Analyse aktualisieren',
  analyticsReady:
    'Analyse der letzten {days} Tage: {items, plural, one {# Element} other {# Elemente}} aus {rows, plural, one {# Verlaufseintrag} other {# Verlaufseinträgen}}.',
  analyticsEmpty:
    'In den letzten {days} Tagen hat kein Element eine Phase dieser Pipeline betreten. Bitrix24 zeigt den Phasenverlauf nur für Elemente, die Sie lesen dürfen: Wenn Sie Zahlen erwartet haben, fehlt Ihnen vielleicht das Leserecht für diese Elemente.',
  analyticsNoRights:
    'Es können keine Zahlen gezeigt werden: Bitrix24 lässt Sie diese CRM-Elemente nicht lesen, und der Phasenverlauf enthält nur Elemente, die Sie lesen dürfen. Bitten Sie Ihren Bitrix24-Administrator um das Leserecht.',
  analyticsFailed: 'Die Analyse konnte nicht geladen werden. {reason}',
  // "neu": short enough for the card's one line and says what the number counts (items new to
  // the stage in the period); the details spell it out as "Betreten".
  lineEntered: '{count} neu',
  lineWon: '{percent} % gewonnen',
  lineMedian: '{days} T.',
  detailsTitle: '{name}: die letzten {days} Tage',
  detailsRange: '{from} bis {to}',
  detailsNotLoaded: 'Die Zahlen erscheinen hier, sobald die Analyse geladen ist.',
  figureEntered: 'Betreten',
  figureEnteredHow: 'Elemente, die im Zeitraum in diese Phase kamen, jedes einmal gezählt.',
  figureMovedOn: 'Weitergezogen',
  figureMovedOnHow:
    'Davon die Elemente, die sie später in eine andere Phase oder Pipeline verließen.',
  figureWon: 'Gewonnen',
  figureWonHow:
    'Von den eingetretenen die Elemente, deren letzte Phase die Erfolgsphase dieser Pipeline ist.',
  figureLost: 'Verloren',
  figureLostHow:
    'Von den eingetretenen die Elemente, deren letzte Phase eine der Misserfolgsphasen dieser Pipeline ist.',
  figureMedian: 'Median der Verweildauer',
  figureMedianHow:
    'Die Hälfte der Aufenthalte in dieser Phase, die im Zeitraum begannen und endeten, war kürzer, die Hälfte länger ({stays, plural, one {# Aufenthalt} other {# Aufenthalte}}). Noch nicht beendete Aufenthalte zählen nicht.',
  figureNow: 'Jetzt',
  figureNowHow: 'Elemente heute in der Phase, unabhängig vom Zeitraum, mit ihrem Gesamtbetrag.',
  valueShare: '{count} ({percent} %)',
  valueDays: '{days, plural, one {# Tag} other {# Tage}}',
  valueNoStay: 'kein Aufenthalt ist beendet',
  valueItems: '{count, plural, one {# Element} other {# Elemente}}',
  valueAmountLoading: 'Beträge werden addiert…',
  valueNoAmount: 'diese Elemente haben keinen Betrag',
  funnelPreview: 'Trichtervorschau',
  funnelTitle: 'Trichter von {name}: die letzten {days} Tage',
  funnelDescription:
    'Der Erfolgsweg führt durch die Phasen in Bearbeitung zur Erfolgsphase; die Misserfolgsphasen zweigen nach rechts ab. Jeder Balken ist so breit wie die Zahl der Elemente, die die Phase betreten haben.',
  funnelTable: 'Trichter',
  funnelPicture: 'Trichter von {name}. Erfolgsweg: {path}. Misserfolgszweige: {branches}.',
  funnelPictureStep: '{name}, {count} betreten',
  funnelPath: 'Erfolgsweg',
  funnelBranches: 'Misserfolgszweige',
  funnelStage: 'Phase',
  funnelGroup: 'Gruppe',
  outcomeTitle: 'Ergebnis von {name} ändern',
  outcomeFrom: 'Jetzt in {from}; wird eine Phase von {to}.',
  outcomePlace: 'Platz in {group}',
  outcomePlaceFirst: 'Zuerst',
  outcomePlaceAfter: 'Nach {name}',
  outcomeSummary: 'Was geschehen wird (noch ist nichts gesendet):',
  outcomeSummaryStage:
    'Eine neue Phase „{name}“ in derselben Farbe kommt an Platz {place} in {group}.',
  outcomeSummaryItems:
    '{count, plural, =0 {Kein Element muss umziehen;} one {# Element zieht hinein;} other {# Elemente ziehen hinein;}} dann wird die alte Phase gelöscht.',
  outcomeSummaryCode: 'Der Code der Phase (STATUS_ID) ändert sich von {from} zu {to}.',
  outcomeSummaryRobots:
    'Automatisierungsregeln, Robots und Berichte, die an {from} hängen, folgen nicht: Prüfen Sie sie danach.',
  outcomeSummarySuccess:
    'Die Erfolgsphase bleibt die einzige: Nur Phasen in Bearbeitung und Misserfolgsphasen tauschen.',
  outcomeStart: 'Ergebnis ändern',
  outcomeStop: 'Anhalten',
  outcomeResume: 'Fortsetzen',
  outcomeForget: 'Beide Phasen so lassen',
  outcomeStepRead: 'Phasen werden gelesen…',
  outcomeStepAdd: 'Neue Phase wird hinzugefügt…',
  outcomeStepMove: 'Elemente werden verschoben: {moved} verschoben, {left} übrig.',
  outcomeStepDelete: 'Alte Phase wird gelöscht…',
  outcomeStopping: 'Wird nach den schon gesendeten Elementen angehalten…',
  outcomeDone:
    'Fertig: „{name}“ ist jetzt eine Phase von {group}; {moved, plural, one {# Element} other {# Elemente}} verschoben.',
  outcomeStopped:
    'Angehalten: {moved} verschoben, {left} noch in der alten Phase. Beide Phasen bleiben, bis Sie fortsetzen.',
  outcomeFailed:
    'Durch einen Fehler angehalten. {reason} Beide Phasen bleiben, kein Element geht verloren: Setzen Sie fort, sobald die Ursache behoben ist.',
  outcomeGone:
    'Keine der beiden Phasen ist mehr da: Jemand anderes hat diese Pipeline geändert. Es bleibt nichts zu tun.',
  outcomeBlocked:
    'Die Phase {code} steht schon in {group}, daher kann die Änderung nicht weitergehen. Lassen Sie es so, oder löschen Sie zuerst jene Phase.',
  outcomePending: 'Das Ändern des Ergebnisses von „{name}“ ist nicht abgeschlossen.',
  outcomeResumeOf: 'Ändern des Ergebnisses von {name} fortsetzen',
};
