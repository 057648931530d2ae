/**
 * The councils of the Hampshire–Buckinghamshire story (docs/domain.md), with their ONS
 * GSS codes and HQ locations. Ofsted judgements follow the public record; where the exact
 * date (or the judgement) is not known to us it is marked illustrative.
 */
export interface ReferenceCouncil {
  code: string;
  name: string;
  type: 'county' | 'unitary' | 'metropolitan_district' | 'london_borough';
  region: string;
  hq: { latitude: number; longitude: number; place: string };
  ofsted?: { judgement: 'outstanding' | 'good' | 'requires_improvement' | 'inadequate'; date: string; illustrative: boolean };
  savingsProgramme?: { name: string; targetPence: number; endDate: string };
  abolishedOn?: string;
  successorCodes?: string[];
}

export const HAMPSHIRE = 'E10000014';
export const BUCKINGHAMSHIRE_COUNTY = 'E10000002';
export const BUCKINGHAMSHIRE_UNITARY = 'E06000060';
export const TORBAY = 'E06000027';
export const ISLE_OF_WIGHT = 'E06000046';
export const ESSEX = 'E10000012';
export const PLYMOUTH = 'E06000026';

export const REFERENCE_COUNCILS: readonly ReferenceCouncil[] = [
  {
    code: HAMPSHIRE,
    name: 'Hampshire County Council',
    type: 'county',
    region: 'South East',
    hq: { latitude: 51.0632, longitude: -1.319, place: 'The Castle, Winchester' },
    ofsted: { judgement: 'outstanding', date: '2019-07-26', illustrative: true },
    // Transformation to 2019 ("T19"), the savings programme Cabinet weighed in April 2018.
    savingsProgramme: { name: 'Transformation to 2019 (T19)', targetPence: 14_000_000_000, endDate: '2019-03-31' },
  },
  {
    code: BUCKINGHAMSHIRE_COUNTY,
    name: 'Buckinghamshire County Council',
    type: 'county',
    region: 'South East',
    hq: { latitude: 51.8168, longitude: -0.8124, place: 'County Hall, Aylesbury' },
    ofsted: { judgement: 'inadequate', date: '2017-11-24', illustrative: true },
    // Abolished on 2020-04-01 in favour of Buckinghamshire Council (E06000060). The demo starts
    // in 2018, before that: the abolition is one of the story's steps (POST .../abolish).
  },
  {
    code: BUCKINGHAMSHIRE_UNITARY,
    name: 'Buckinghamshire Council',
    type: 'unitary',
    region: 'South East',
    hq: { latitude: 51.8168, longitude: -0.8124, place: 'The Gateway, Aylesbury' },
    ofsted: { judgement: 'requires_improvement', date: '2021-12-10', illustrative: true },
  },
  {
    code: TORBAY,
    name: 'Torbay Council',
    type: 'unitary',
    region: 'South West',
    hq: { latitude: 50.4652, longitude: -3.5305, place: 'Town Hall, Torquay' },
    ofsted: { judgement: 'requires_improvement', date: '2023-03-10', illustrative: true },
  },
  {
    code: ISLE_OF_WIGHT,
    name: 'Isle of Wight Council',
    type: 'unitary',
    region: 'South East',
    hq: { latitude: 50.7009, longitude: -1.2941, place: 'County Hall, Newport' },
    ofsted: { judgement: 'good', date: '2018-07-20', illustrative: true },
  },
  {
    code: ESSEX,
    name: 'Essex County Council',
    type: 'county',
    region: 'East of England',
    hq: { latitude: 51.7356, longitude: 0.4685, place: 'County Hall, Chelmsford' },
    ofsted: { judgement: 'outstanding', date: '2019-06-28', illustrative: true },
  },
  {
    code: PLYMOUTH,
    name: 'Plymouth City Council',
    type: 'unitary',
    region: 'South West',
    hq: { latitude: 50.3714, longitude: -4.1422, place: 'Ballard House, Plymouth' },
    ofsted: { judgement: 'good', date: '2018-12-07', illustrative: true },
  },
];
