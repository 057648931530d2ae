import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Custom search attributes the Temporal UI filters partnerships by; council codes, never personal data. */
export const PARTNERSHIP_STAGE_ATTRIBUTE = defineSearchAttributeKey('PartnershipStage', SearchAttributeType.KEYWORD);
export const LEAD_COUNCIL_ATTRIBUTE = defineSearchAttributeKey('LeadCouncil', SearchAttributeType.KEYWORD);
export const SUPPORTED_COUNCIL_ATTRIBUTE = defineSearchAttributeKey('SupportedCouncil', SearchAttributeType.KEYWORD);

/** For `temporal server start-dev --search-attribute` and `temporal operator search-attribute create`. */
export const PARTNERSHIP_SEARCH_ATTRIBUTE_FLAGS = ['PartnershipStage=Keyword', 'LeadCouncil=Keyword', 'SupportedCouncil=Keyword'];
