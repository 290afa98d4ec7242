import { addWorkingDays } from '../../src/features/escalations/escalations.domain';

describe('working days for the re-escalation deadline', () => {
  it.each([
    ['2027-01-12T09:00:00.000Z', '2027-01-14T09:00:00.000Z'], // Tuesday -> Thursday
    ['2027-01-15T16:00:00.000Z', '2027-01-19T16:00:00.000Z'], // Friday -> Tuesday
    ['2027-01-16T12:00:00.000Z', '2027-01-19T12:00:00.000Z'], // Saturday -> Tuesday
  ])('%s + 2 working days = %s', (from, to) => {
    expect(addWorkingDays(new Date(from), 2).toISOString()).toBe(to);
  });
});
