import { Global, Module } from '@nestjs/common';
import { ConfigModule, registerAs } from '@nestjs/config';
import { loadConfiguration, type AccordConfiguration } from './accord-configuration.js';

/**
 * The validated, typed configuration as a @nestjs/config namespace. Its factory runs when
 * the module graph is instantiated (not when this file is imported), once per process.
 */
export const accordConfiguration = registerAs('accord', (): AccordConfiguration => loadConfiguration(process.env));

/** Injection token for `AccordConfiguration`; nothing else reads `process.env`. */
export const ACCORD_CONFIGURATION = accordConfiguration.KEY;

@Global()
@Module({
  imports: [ConfigModule.forRoot({ ignoreEnvFile: true, load: [accordConfiguration], cache: true })],
  exports: [ConfigModule],
})
export class ConfigurationModule {}
