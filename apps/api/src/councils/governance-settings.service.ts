import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAuditEvent, type AuditActor } from '#audit';
import { AccordError, actsForAnyOf, type Principal, staleVersion } from '#domain';
import { GovernanceSettingsEntity, updateIfVersion } from '#persistence';
import type { UpdateGovernanceSettingsDto } from './dto/governance-settings.dto.js';

@Injectable()
export class GovernanceSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async get(councilCode: string): Promise<GovernanceSettingsEntity> {
    const settings = await this.dataSource.getRepository(GovernanceSettingsEntity).findOneBy({ councilCode });
    if (!settings) throw new AccordError('council_not_found', `no council has GSS code ${councilCode}`);
    return settings;
  }

  async update(
    councilCode: string,
    dto: UpdateGovernanceSettingsDto,
    principal: Principal,
    actor: AuditActor,
  ): Promise<GovernanceSettingsEntity> {
    if (!actsForAnyOf(principal, [councilCode])) {
      throw new AccordError('forbidden_for_council', 'democratic services set the governance of their own council only');
    }
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.getRepository(GovernanceSettingsEntity).findOneBy({ councilCode });
      const { version, keyDecisionThresholdPence, ...rest } = dto;
      const outcome = await updateIfVersion(manager, GovernanceSettingsEntity, { councilCode }, version, {
        ...rest,
        keyDecisionThresholdPence: String(keyDecisionThresholdPence),
      });
      if (outcome.kind === 'stale') throw staleVersion(outcome.currentVersion, version);
      if (outcome.kind === 'missing') throw new AccordError('council_not_found', `no council has GSS code ${councilCode}`);
      await recordAuditEvent(manager, {
        actor,
        action: 'governance_settings.updated',
        targetType: 'governance_settings',
        targetId: councilCode,
        targetCouncilCodes: [councilCode],
        before,
        after: outcome.row,
      });
      return outcome.row;
    });
  }
}
