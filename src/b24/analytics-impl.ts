/** Everything `portal.analytics` runs, as one module the port loads on first use. */
export { moveItems } from './item-moves';
export { readHistory } from './stage-history';
export { readHoldings } from './stage-holdings';
