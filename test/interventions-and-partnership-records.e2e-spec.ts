import request from 'supertest';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, HAMPSHIRE, type TestKey } from './support/api-keys.js';
import { partnershipRequest } from './support/partnership.builder.js';
import { walkToActive } from './support/partnership-walk.js';

describe('interventions, risks and reviews', () => {
  let accord: AccordTestApp;
  let commissioner: TestKey;
  let hampshireChief: TestKey;
  let buckinghamshireChief: TestKey;
  let partnershipId: string;

  beforeAll(async () => {
    accord = await startAccordTestApp();
    commissioner = await createTestKey(accord.database.url, { role: 'commissioner' });
    hampshireChief = await createTestKey(accord.database.url, { role: 'chief_executive' });
    buckinghamshireChief = await createTestKey(accord.database.url, { role: 'chief_executive', councilCode: BUCKINGHAMSHIRE });
    const created = await as(hampshireChief, http().post('/api/v1/partnerships')).send(partnershipRequest()).expect(201);
    partnershipId = created.body.id;
  });

  afterAll(async () => {
    await accord?.close();
  });

  const http = () => request(accord.app.getHttpServer());
  const as = (key: TestKey, test: request.Test) => test.auth(key.key, { type: 'bearer' });

  it('records the Buckinghamshire intervention and, later, the commissioner’s report and the lifting of the direction', async () => {
    const created = await as(commissioner, http().post('/api/v1/interventions'))
      .send({
        supportedCouncilCode: BUCKINGHAMSHIRE,
        triggerJudgement: 'inadequate',
        triggerJudgementDate: '2017-11-24',
        statutoryDirectionDate: '2018-01-12',
        commissionerName: 'Chief Executive, Hampshire County Council',
        reviewDeadline: '2018-04-30',
      })
      .expect(201);
    const reported = await as(commissioner, http().patch(`/api/v1/interventions/${created.body.id}`))
      .send({ version: 1, reportPublishedOn: '2018-07-19', recommendation: 'retain_in_house', improvementAdviserCouncilCode: HAMPSHIRE })
      .expect(200);
    expect(reported.body).toMatchObject({ recommendation: 'retain_in_house', improvementAdviserCouncilCode: HAMPSHIRE, version: 2 });
    await as(commissioner, http().patch(`/api/v1/interventions/${created.body.id}`))
      .send({ version: 2, directionLiftedOn: '2022-03-01' })
      .expect(200);
    const active = await as(
      hampshireChief,
      http().get('/api/v1/interventions').query({ supportedCouncilCode: BUCKINGHAMSHIRE, active: 'true' }),
    ).expect(200);
    expect(active.body.items.map((item: { id: string }) => item.id)).not.toContain(created.body.id);
  });

  it('refuses a direction dated before the judgement that triggered it', async () => {
    const response = await as(commissioner, http().post('/api/v1/interventions'))
      .send({
        supportedCouncilCode: BUCKINGHAMSHIRE,
        triggerJudgement: 'inadequate',
        triggerJudgementDate: '2017-11-24',
        statutoryDirectionDate: '2017-01-01',
      })
      .expect(422);
    expect(response.body.errors[0].field).toBe('statutoryDirectionDate');
  });

  it('refuses the supported council as its own improvement adviser, and an unknown council', async () => {
    const body = { supportedCouncilCode: BUCKINGHAMSHIRE, triggerJudgement: 'inadequate', triggerJudgementDate: '2017-11-24' };
    await as(commissioner, http().post('/api/v1/interventions'))
      .send({ ...body, improvementAdviserCouncilCode: BUCKINGHAMSHIRE })
      .expect(422);
    await as(commissioner, http().post('/api/v1/interventions'))
      .send({ ...body, supportedCouncilCode: 'E06000099' })
      .expect(422);
  });

  it('lets the lead council keep the risk register, and the supported council read it', async () => {
    const risk = await as(hampshireChief, http().post(`/api/v1/partnerships/${partnershipId}/risks`))
      .send({ category: 'staff_pressure', rating: 'high', description: 'Pressure on Hampshire staff' })
      .expect(201);
    await as(hampshireChief, http().patch(`/api/v1/partnerships/${partnershipId}/risks/${risk.body.id}`))
      .send({ version: 1, rating: 'medium' })
      .expect(200);
    await as(hampshireChief, http().patch(`/api/v1/partnerships/${partnershipId}/risks/${risk.body.id}`))
      .send({ version: 1, rating: 'low' })
      .expect(409);
    await as(buckinghamshireChief, http().post(`/api/v1/partnerships/${partnershipId}/risks`))
      .send({ category: 'other', rating: 'low', description: 'Not theirs to add' })
      .expect(403);
    const register = await as(buckinghamshireChief, http().get(`/api/v1/partnerships/${partnershipId}/risks`)).expect(200);
    expect(register.body).toEqual([expect.objectContaining({ category: 'staff_pressure', rating: 'medium', version: 2 })]);
  });

  it('records reviews of an active partnership from either council or the commissioner, the next review ahead of today', async () => {
    const party = {
      chief: hampshireChief,
      director: await createTestKey(accord.database.url, { role: 'director' }),
      clerk: await createTestKey(accord.database.url, { role: 'democratic_services' }),
      supportedChief: buckinghamshireChief,
    };
    const draftReview = { kind: 'periodic', reviewDate: '2019-01-15', ragRating: 'amber', findings: 'Front door improved' };
    const notYet = await as(buckinghamshireChief, http().post(`/api/v1/partnerships/${partnershipId}/reviews`))
      .send(draftReview)
      .expect(409);
    expect(notYet.body.detail).toContain('draft');
    const active = await walkToActive(accord.app.getHttpServer(), party);
    const first = await as(buckinghamshireChief, http().post(`/api/v1/partnerships/${active}/reviews`))
      .send({ ...draftReview, nextReviewDate: '2099-04-15' })
      .expect(201);
    expect(first.body).toMatchObject({ partnershipId: active, ragRating: 'amber', nextReviewDate: '2099-04-15' });
    expect(first.body.originKey).toBeUndefined();
    await as(commissioner, http().post(`/api/v1/partnerships/${active}/reviews`))
      .send({ kind: 'commissioner', reviewDate: '2019-06-01', ragRating: 'green', findings: 'Direction of travel good' })
      .expect(201);
    const backwards = await as(commissioner, http().post(`/api/v1/partnerships/${active}/reviews`))
      .send({ kind: 'periodic', reviewDate: '2019-06-01', ragRating: 'green', findings: 'x', nextReviewDate: '2019-05-01' })
      .expect(422);
    expect(backwards.body).toMatchObject({ code: 'invalid_action_request', detail: 'the next review must fall after today' });
    const reviews = await as(hampshireChief, http().get(`/api/v1/partnerships/${active}/reviews`)).expect(200);
    expect(reviews.body.map((review: { ragRating: string }) => review.ragRating)).toEqual(['amber', 'green']);
  });
});
