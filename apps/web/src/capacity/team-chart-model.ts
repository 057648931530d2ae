/** What one team's capacity chart, its legend and its table are drawn from; every FTE in thousandths. */
export interface TeamChartModel {
  /** Unique on the page: the prefix of the SVG's ids (title, description, patterns). */
  id: string;
  teamName: string;
  from: string;
  to: string;
  granularity: 'day' | 'week';
  /** Each point's first day; a point runs to the day before the next one (the last to `to`). */
  dates: string[];
  floor: number[];
  home: number[];
  contracted: number[];
  belowFloor: boolean[];
  /** Days below the floor, merged into ranges (both ends included), as the API reports them. */
  breaches: { start: string; end: string }[];
  /** Seconded-out FTE split by partnership, stacked above home FTE in this order. */
  shares: ShareSeries[];
}

export type ShareKind = 'partnership' | 'proposed' | 'other';

export interface ShareSeries {
  key: string;
  label: string;
  kind: ShareKind;
  /** The colour of a partnership, the same in every team's chart on the page. */
  colour: string;
  milli: number[];
}
