import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptionalNotNull } from '../validation/optional-fields.validator.js';
import { INT4_MAX, IsBoundedInteger } from '../validation/bounded-integer.validator.js';

/** limit/offset paging shared by every list; pages are capped so one request cannot ask for everything. */
@ApiSchema({ description: 'Paging for a list: limit and offset' })
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', example: 20, default: 20, description: 'Records per page (1–100)' })
  @IsOptionalNotNull()
  @Type(() => Number)
  @IsBoundedInteger(1, 100)
  limit = 20;

  @ApiPropertyOptional({ type: 'integer', example: 0, default: 0, description: 'Records to skip before the page starts' })
  @IsOptionalNotNull()
  @Type(() => Number)
  @IsBoundedInteger(0, INT4_MAX)
  offset = 0;
}

/** The paging facts every list answer carries beside its items. */
@ApiSchema({ description: 'The paging facts every list answer carries beside its items' })
export class PageMeta {
  @ApiProperty({ type: 'integer', example: 42, description: 'Matching records across all pages' })
  total!: number;

  @ApiProperty({ type: 'integer', example: 20, description: 'The page size asked for' })
  limit!: number;

  @ApiProperty({ type: 'integer', example: 0, description: 'The records skipped before this page' })
  offset!: number;
}
