import { Injectable } from '@nestjs/common';
import { CapacityService, type PartnershipCapacityCheck, type PortfolioEntry, type TeamCapacity } from '#capacity';
import { type DateRange, type Principal, requireCouncil } from '#domain';
import { ACCESS_POLICY } from '../auth/access-policy.js';
import { requirePartnershipRelation } from '../auth/council-relation.js';
import { PartnershipsService } from '../partnerships/partnerships.service.js';

type TimelineOptions = Parameters<CapacityService['timeline']>[2];

/** A council's capacity figures, for its own people (and commissioners and admins) only. */
@Injectable()
export class CouncilCapacityService {
  constructor(
    private readonly capacity: CapacityService,
    private readonly partnerships: PartnershipsService,
  ) {}

  async timeline(councilCode: string, range: DateRange, options: TimelineOptions, principal: Principal): Promise<TeamCapacity[]> {
    requireCouncil(principal, councilCode, 'the capacity of this council');
    return this.capacity.timeline(councilCode, range, options);
  }

  async portfolio(councilCode: string, range: DateRange, today: string, principal: Principal): Promise<PortfolioEntry[]> {
    requireCouncil(principal, councilCode, 'the portfolio of this council');
    return this.capacity.portfolio(councilCode, range, today);
  }

  /** The check counts the lead council's own figures: the supported council may see the partnership, not them. */
  async checkPartnership(
    id: string,
    options: Parameters<CapacityService['checkPartnership']>[1],
    principal: Principal,
  ): Promise<PartnershipCapacityCheck> {
    const partnership = await this.partnerships.get(id, principal);
    const refusal = `the capacity check (the lead council’s own figures) is for ${partnership.leadCouncilCode}'s own people only`;
    requirePartnershipRelation(ACCESS_POLICY.checkPartnershipCapacity, principal, partnership, refusal);
    return this.capacity.checkPartnership(id, options);
  }
}
