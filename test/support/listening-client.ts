import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createAccordClient, type AccordClient } from '#api-client';

/**
 * Makes the app listen on a free local port (once) and returns a typed client calling it with
 * `apiKey`: tests reach Accord as an integrator would, through the generated client.
 */
export async function listeningClient(app: NestExpressApplication, apiKey: string): Promise<AccordClient> {
  const server = app.getHttpServer();
  if (!server.listening) await app.listen(0, '127.0.0.1');
  return createAccordClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, apiKey);
}
