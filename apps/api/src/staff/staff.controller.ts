import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Operation } from '../auth/operation.decorator.js';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { problemResponse } from '../problem-details/problem-response.js';
import {
  CreateStaffMemberDto,
  ListStaffQuery,
  StaffMemberPage,
  StaffMemberResponse,
  UpdateStaffMemberDto,
} from './dto/staff-member.dto.js';
import { StaffService } from './staff.service.js';
import { RecordIdParam } from '../validation/path-parameters.js';

const notFound = problemResponse('No staff member has this id');

@ApiTags('workforce')
@Controller('api/v1/staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @Operation('listStaff', {
    summary: 'List your council’s staff, by team, role or the day they are employed',
    description:
      'Lists your council’s staff, filtered by team, role or a day of employment. HR, chief executives, directors, commissioners, admins and integrators (workforce:read).',
  })
  @ApiOkResponse({ type: StaffMemberPage, description: 'One page of staff members' })
  async list(@Query() query: ListStaffQuery, @Actor() actor: RequestActor): Promise<StaffMemberPage> {
    const { items, total } = await this.staff.list(query, actor.principal);
    return { items: items.map(StaffMemberResponse.from), total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @Operation('getStaffMember', {
    summary: 'Read one staff member',
    description:
      'Reads one staff member. HR, chief executives, directors, commissioners, admins and integrators (workforce:read) of their council; another council’s staff member answers 404.',
  })
  @ApiOkResponse({ type: StaffMemberResponse, description: 'The staff member' })
  @ApiNotFoundResponse(notFound)
  async get(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<StaffMemberResponse> {
    return StaffMemberResponse.from((await this.staff.get(id, actor.principal)).staff);
  }

  @Post()
  @Operation('createStaffMember', {
    summary: 'Add a staff member to one of your council’s teams (HR)',
    description: 'Adds a staff member to one of your council’s teams. HR, admins and integrators (workforce:write).',
  })
  @Idempotent()
  @ApiCreatedResponse({ type: StaffMemberResponse, description: 'The staff member added, at version 1' })
  async create(@Body() dto: CreateStaffMemberDto, @Actor() actor: RequestActor): Promise<StaffMemberResponse> {
    return StaffMemberResponse.from(await this.staff.create(dto, actor));
  }

  @Patch(':id')
  @Operation('updateStaffMember', {
    summary: 'Change a staff member (FTE, role, team, leaving date), given the version you read',
    description:
      'Changes a staff member’s FTE, role, team or leaving date. Send the version you read: a record changed since answers 409. HR, admins and integrators (workforce:write) of their council.',
  })
  @ApiOkResponse({ type: StaffMemberResponse, description: 'The staff member as changed, at the new version' })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(problemResponse('The staff member changed since you read it'))
  async update(
    @RecordIdParam('id') id: string,
    @Body() dto: UpdateStaffMemberDto,
    @Actor() actor: RequestActor,
  ): Promise<StaffMemberResponse> {
    return StaffMemberResponse.from(await this.staff.update(id, dto, actor));
  }

  @Delete(':id')
  @HttpCode(204)
  @Operation('deleteStaffMember', {
    summary: 'Remove a staff member entered in error (a leaver gets an employment end instead)',
    description:
      'Removes a staff member entered in error; a leaver gets an employment end instead. HR, admins and integrators (workforce:write) of their council.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse(notFound)
  async delete(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<void> {
    await this.staff.delete(id, actor);
  }
}
