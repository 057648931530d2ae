/** Someone who can sign in at the development provider; their email is what an admin invited. */
export interface DevelopmentPerson {
  /** The subject (`sub`) the provider gives them. */
  accountId: string;
  name: string;
  email: string;
}
