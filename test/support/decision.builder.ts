/** Hampshire's Cabinet decision of 16 April 2018, as its Modern.gov record has it, with overrides. */
export function cabinetDecision(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    councilCode: 'E10000014',
    title: 'Children’s services improvement partnership with Buckinghamshire County Council',
    decisionMaker: 'cabinet',
    decisionMakerName: 'Cabinet',
    meetingName: 'Cabinet',
    meetingDate: '2018-04-16',
    decisionText: 'That Cabinet approves Hampshire County Council acting as improvement partner to Buckinghamshire County Council.',
    status: 'recommendations_approved',
    isKeyDecision: false,
    subjectToCallIn: false,
    decisionDate: '2018-04-16',
    publicationDate: '2018-04-16',
    concerns: [
      { concern: 'Buckinghamshire is about 80 miles away', answer: 'Support is planned around travel; much is done remotely' },
      { concern: 'Pressure on Hampshire staff during T19', answer: 'Capacity freed as the Torbay commitment ends' },
    ],
    ...overrides,
  };
}
