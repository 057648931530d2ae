import { Module } from '@nestjs/common';
import { CapacityController } from '../capacity/capacity.controller.js';
import { PortfolioController } from '../portfolio/portfolio.controller.js';
import { SecondmentActionController } from './secondment-action.controller.js';
import { StaffMemberController } from './staff-member.controller.js';
import { TeamsController } from './teams.controller.js';

/** HR's pages (teams, staff, secondments), the capacity chart with its what-if, and the portfolio. */
@Module({ controllers: [TeamsController, StaffMemberController, SecondmentActionController, CapacityController, PortfolioController] })
export class WorkforcePagesModule {}
