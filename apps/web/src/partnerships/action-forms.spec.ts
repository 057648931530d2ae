import { readActionForm } from './action-forms.js';

describe('reading the action forms', () => {
  it('reads the 16 April 2018 Cabinet decision into the API’s request', () => {
    const { request, errors } = readActionForm('cabinet-decision', {
      title: 'Improvement partnership with Buckinghamshire County Council',
      decisionMaker: 'cabinet',
      decisionText: 'That Cabinet approves Hampshire acting as improvement partner to Buckinghamshire',
      isKeyDecision: 'no',
      keyDecisionReason: '',
      urgencyRoute: '',
      subjectToCallIn: 'no',
      'decisionDate-day': '16',
      'decisionDate-month': '4',
      'decisionDate-year': '2018',
      'publicationDate-day': '16',
      'publicationDate-month': '04',
      'publicationDate-year': '2018',
      reasons: 'Hampshire has the capacity as its Torbay commitments end',
      status: 'recommendations_approved',
    });
    expect(errors.summary).toEqual([]);
    expect(request).toEqual({
      title: 'Improvement partnership with Buckinghamshire County Council',
      decisionMaker: 'cabinet',
      decisionText: 'That Cabinet approves Hampshire acting as improvement partner to Buckinghamshire',
      isKeyDecision: false,
      subjectToCallIn: false,
      decisionDate: '2018-04-16',
      publicationDate: '2018-04-16',
      reasons: 'Hampshire has the capacity as its Torbay commitments end',
      status: 'recommendations_approved',
    });
  });

  it('says what is missing in GOV.UK words, linking to the field (a date to its day)', () => {
    const { errors } = readActionForm('cabinet-decision', {
      isKeyDecision: 'yes',
      'decisionDate-day': '31',
      'decisionDate-month': '2',
      'decisionDate-year': '2018',
    });
    expect(errors.summary).toEqual([
      { text: 'Enter the decision’s title as published', href: '#title' },
      { text: 'Select who took the decision', href: '#decisionMaker' },
      { text: 'Enter the decision as published', href: '#decisionText' },
      { text: 'Enter why it is a key decision', href: '#keyDecisionReason' },
      { text: 'Select whether scrutiny may call the decision in', href: '#subjectToCallIn' },
      { text: 'The day the decision was taken must be a real date', href: '#decisionDate-day' },
      { text: 'Enter the day the decision was published', href: '#publicationDate-day' },
      { text: 'Select the decision’s outcome', href: '#status' },
    ]);
  });

  it('reads the wards one to a line and the exempt part with its Schedule 12A paragraph', () => {
    const { request, errors } = readActionForm('cabinet-decision', {
      wardsAffected: 'Aylesbury North\r\n\r\nChesham ',
      exemptParagraph: '3',
      exemptInformation: 'The recharge rates agreed with Buckinghamshire',
    });
    expect(request).toMatchObject({
      wardsAffected: ['Aylesbury North', 'Chesham'],
      exemptParagraph: 3,
      exemptInformation: 'The recharge rates agreed with Buckinghamshire',
    });
    expect(errors.summary).not.toContainEqual(expect.objectContaining({ href: '#exemptParagraph' }));
  });

  it('asks for the Schedule 12A paragraph when exempt information is given without one', () => {
    const { errors } = readActionForm('cabinet-decision', { exemptParagraph: '', exemptInformation: 'Salaries of the seconded staff' });
    expect(errors.summary).toContainEqual({
      text: 'Select the paragraph of Schedule 12A the exempt information falls under',
      href: '#exemptParagraph',
    });
  });

  it('reads call-in members one to a line, and a signature with no comment as an empty request', () => {
    expect(readActionForm('call-in', { members: 'Cllr A. Brown\r\n\r\nCllr C. Davies\n' }).request).toEqual({
      members: ['Cllr A. Brown', 'Cllr C. Davies'],
    });
    expect(readActionForm('sign', { comment: '  ' })).toMatchObject({ request: {}, errors: { summary: [] } });
  });

  it('reads an exit on improvement with the re-inspection it rests on (Buckinghamshire, 2021), and asks for it when missing', () => {
    const improved = readActionForm('request-exit', {
      trigger: 'improved',
      reason: 'Re-judged requires improvement; direction lifted',
      judgement: 'requires_improvement',
      'judgedOn-day': '10',
      'judgedOn-month': '12',
      'judgedOn-year': '2021',
      'directionLiftedOn-day': '5',
      'directionLiftedOn-month': '1',
      'directionLiftedOn-year': '2022',
    });
    expect(improved.errors.summary).toEqual([]);
    expect(improved.request).toEqual({
      trigger: 'improved',
      reason: 'Re-judged requires improvement; direction lifted',
      reinspection: { judgement: 'requires_improvement', judgedOn: '2021-12-10', directionLiftedOn: '2022-01-05' },
    });
    expect(readActionForm('request-exit', { trigger: 'improved', reason: 'r' }).errors.summary.map((e) => e.href)).toEqual([
      '#judgement',
      '#judgedOn-day',
      '#directionLiftedOn-day',
    ]);
    expect(readActionForm('request-exit', { trigger: 'notice', reason: 'r' }).request).toEqual({ trigger: 'notice', reason: 'r' });
  });
});
