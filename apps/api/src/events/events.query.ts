import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsString, registerDecorator } from 'class-validator';
import { decodeEventCursor } from '#events';
import { IsBoundedInteger } from '../validation/bounded-integer.validator.js';
import { IsOptionalNotNull } from '../validation/optional-fields.validator.js';

/** The cursor must be one this feed issued (`next` of an earlier page); anything else is a 422 on the field. */
function IsEventCursor(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isEventCursor',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be the `next` cursor of an earlier page of this feed' },
      validator: { validate: (value: unknown) => typeof value === 'string' && decodeEventCursor(value) !== undefined },
    });
}

export class EventsQuery {
  @ApiPropertyOptional({
    description: 'The `next` cursor of the page read before; left out, the feed starts from its first event',
    example: 'djEuNzQ5LjEy',
    maxLength: 64,
  })
  @IsOptionalNotNull()
  @IsString()
  @IsEventCursor()
  after?: string;

  @ApiPropertyOptional({ example: 100, default: 100, description: 'Most events in one page (1–500); a page may hold fewer' })
  @IsOptionalNotNull()
  @Type(() => Number)
  @IsBoundedInteger(1, 500)
  limit = 100;
}
