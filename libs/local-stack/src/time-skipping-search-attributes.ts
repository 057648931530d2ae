import type { Connection } from '@temporalio/client';
import proto from '@temporalio/proto';
import { LEAD_COUNCIL_ATTRIBUTE, PARTNERSHIP_STAGE_ATTRIBUTE, SUPPORTED_COUNCIL_ATTRIBUTE } from '#workflows';

/**
 * The time-skipping test server takes no `--search-attribute` flags, but registers attributes
 * through the operator API; without them every stage change would fail its workflow task.
 */
export async function registerPartnershipSearchAttributes(connection: Connection, namespace = 'default'): Promise<void> {
  await connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(
      [PARTNERSHIP_STAGE_ATTRIBUTE, LEAD_COUNCIL_ATTRIBUTE, SUPPORTED_COUNCIL_ATTRIBUTE].map((key) => [
        key.name,
        proto.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
      ]),
    ),
  });
}
