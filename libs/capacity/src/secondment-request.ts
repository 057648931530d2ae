/** A booking as the API receives it; also what its audit event records. */
export interface SecondmentRequest {
  staffMemberId: string;
  partnershipId: string;
  fte: number;
  start: string;
  end: string;
  rechargeKind?: 'day_rate' | 'salary_share';
  rechargeDayRatePence?: number;
}
