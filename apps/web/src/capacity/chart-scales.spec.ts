import { axisFloor, dateTicks, fteTicks, linear } from './chart-scales.js';

describe('chart scales', () => {
  it('maps a domain linearly onto pixels, upside down for the y axis', () => {
    const y = linear([30, 40], [248, 16]);
    expect(y(30)).toBe(248);
    expect(y(40)).toBe(16);
  });

  it('picks round FTE ticks', () => {
    expect(fteTicks(30, 40, 5)).toEqual([30, 32, 34, 36, 38, 40]);
    expect(fteTicks(0, 1.2, 5)).toEqual([0, 0.5, 1]);
  });

  it('starts the axis a round figure below the lowest line, never under zero', () => {
    expect(axisFloor(35.5, 38.2)).toBeLessThan(35.5);
    expect(axisFloor(0.4, 1)).toBe(0);
  });

  it('ticks years over long periods, quarters over middling ones, months over short ones', () => {
    expect(dateTicks('2017-06-01', '2020-05-31')).toEqual(['2018-01-01', '2019-01-01', '2020-01-01']);
    expect(dateTicks('2018-01-15', '2018-12-31')).toEqual(['2018-04-01', '2018-07-01', '2018-10-01']);
    expect(dateTicks('2018-01-15', '2018-04-30')).toEqual(['2018-02-01', '2018-03-01', '2018-04-01']);
  });
});
