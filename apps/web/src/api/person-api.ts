import { createAccordClient, type AccordClient } from '#api-client';

/** The signed-in person, as the API knows them, and a typed API client that calls as them. */
export interface SignedInPerson {
  id: string;
  name: string;
  role: string;
  councilCode?: string | null;
  councilName?: string;
  /** Calls the API with the person's access token: every rule is decided there, once. */
  api: AccordClient;
}

declare module 'express-serve-static-core' {
  interface Request {
    person?: SignedInPerson;
  }
}

export function apiClientFor(apiUrl: string, accessToken: string): AccordClient {
  return createAccordClient(apiUrl, accessToken);
}
