import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { submitPartnership, withdrawPartnership } from '../../../../libs/workflows/src/partnership.contract.js';
import { ProblemDetails, PROBLEM_JSON } from '../problem-details/problem-details.js';
import { CreatePartnershipDto } from './dto/create-partnership.dto.js';
import { ListPartnershipsQuery } from './dto/list-partnerships.query.js';
import { PartnershipPage, PartnershipResponse } from './dto/partnership.response.js';
import { StageActionDto, StageActionResponse } from './dto/stage-action.dto.js';
import { PartnershipsService } from './partnerships.service.js';

const problem = { type: ProblemDetails, content: { [PROBLEM_JSON]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } } };
const idempotencyHeader = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Repeating an action with the same key returns the first answer instead of acting twice',
};

@ApiTags('partnerships')
@Controller('api/v1/partnerships')
export class PartnershipsController {
  constructor(private readonly partnerships: PartnershipsService) {}

  @Post()
  @ApiOperation({ operationId: 'createPartnership', summary: 'Create a draft partnership and start its workflow' })
  @ApiCreatedResponse({ type: PartnershipResponse })
  @ApiUnprocessableEntityResponse({ ...problem, description: 'Invalid fields, e.g. a council partnering with itself' })
  async create(@Body() dto: CreatePartnershipDto): Promise<PartnershipResponse> {
    return PartnershipResponse.from(await this.partnerships.create(dto));
  }

  @Get()
  @ApiOperation({ operationId: 'listPartnerships', summary: 'List partnerships, newest first, filtered by stage or council' })
  @ApiOkResponse({ type: PartnershipPage })
  @ApiUnprocessableEntityResponse({ ...problem, description: 'Invalid filter or page' })
  async list(@Query() query: ListPartnershipsQuery): Promise<PartnershipPage> {
    const { items, total } = await this.partnerships.list(query);
    return { items: items.map(PartnershipResponse.from), total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getPartnership', summary: 'Read one partnership and its current stage' })
  @ApiOkResponse({ type: PartnershipResponse })
  @ApiNotFoundResponse({ ...problem, description: 'No partnership has this id' })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<PartnershipResponse> {
    return PartnershipResponse.from(await this.partnerships.get(id));
  }

  @Post(':id/actions/submit')
  @HttpCode(200)
  @ApiHeader(idempotencyHeader)
  @ApiOperation({ operationId: 'submitPartnership', summary: 'Submit a draft for officer review' })
  @ApiOkResponse({ type: StageActionResponse })
  @ApiNotFoundResponse({ ...problem, description: 'No partnership has this id' })
  @ApiConflictResponse({ ...problem, description: 'The partnership is not a draft, or another action is in progress' })
  @ApiServiceUnavailableResponse({ ...problem, description: 'The workflow did not answer in time' })
  async submit(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: StageActionDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<StageActionResponse> {
    const { stage } = await this.partnerships.act(id, submitPartnership, { comment: dto.comment }, idempotencyKey);
    return { partnershipId: id, stage };
  }

  @Post(':id/actions/withdraw')
  @HttpCode(200)
  @ApiHeader(idempotencyHeader)
  @ApiOperation({ operationId: 'withdrawPartnership', summary: 'Withdraw a partnership that is not yet active' })
  @ApiOkResponse({ type: StageActionResponse })
  @ApiNotFoundResponse({ ...problem, description: 'No partnership has this id' })
  @ApiConflictResponse({ ...problem, description: 'The partnership is already active or ended' })
  @ApiServiceUnavailableResponse({ ...problem, description: 'The workflow did not answer in time' })
  async withdraw(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: StageActionDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<StageActionResponse> {
    const { stage } = await this.partnerships.act(id, withdrawPartnership, { comment: dto.comment }, idempotencyKey);
    return { partnershipId: id, stage };
  }
}
