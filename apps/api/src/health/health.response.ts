import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ description: 'The process is alive' })
export class LivenessResponse {
  @ApiProperty({ enum: ['ok'], description: 'Always `ok`: an instance that cannot say so does not answer at all' })
  status!: 'ok';
}

@ApiSchema({ description: 'Health of one dependency, as the readiness check found it' })
export class DependencyHealth {
  @ApiProperty({ enum: ['up', 'down'], description: 'Whether the dependency answered as needed' })
  status!: 'up' | 'down';
}

@ApiSchema({ description: 'The dependencies an instance needs before it takes traffic, each with its state' })
export class ReadinessResponse {
  @ApiProperty({ enum: ['ok'], description: 'Every dependency is up' })
  status!: 'ok';

  @ApiProperty({
    description: 'The dependencies that are up, by name (shutdown, database, migrations, temporal)',
    additionalProperties: { $ref: '#/components/schemas/DependencyHealth' },
    example: { shutdown: { status: 'up' }, database: { status: 'up' }, migrations: { status: 'up' }, temporal: { status: 'up' } },
  })
  info!: Record<string, DependencyHealth>;

  @ApiProperty({
    description: 'The dependencies that are down, by name: empty when ready',
    additionalProperties: { $ref: '#/components/schemas/DependencyHealth' },
    example: {},
  })
  error!: Record<string, DependencyHealth>;

  @ApiProperty({
    description: 'Every dependency, by name, up or down',
    additionalProperties: { $ref: '#/components/schemas/DependencyHealth' },
    example: { shutdown: { status: 'up' }, database: { status: 'up' }, migrations: { status: 'up' }, temporal: { status: 'up' } },
  })
  details!: Record<string, DependencyHealth>;
}
