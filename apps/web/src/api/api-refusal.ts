import type { ProblemDetails } from '#api-client';

/** What a page shows of a refusal: layout/problem-summary.njk's `problemSummary(problem)`. */
export interface PageProblem {
  title: string;
  detail?: string;
  code?: string;
  /** One per message about a field; `field` is the API's property path, which forms use as the input's id. */
  errors: { field: string; message: string }[];
}

/** The API refused a call made for the signed-in person: its status and problem details (RFC 9457). */
export class ApiRefusal extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails | undefined,
  ) {
    super(problem?.detail ?? problem?.title ?? `the API answered ${status}`);
  }

  /** For a page's error summary, in the API's plain words (never its code alone). */
  forPage(): PageProblem {
    return {
      title: this.problem?.title ?? 'The request was refused',
      detail: this.problem?.detail ?? this.problem?.title,
      code: this.problem?.code,
      errors: (this.problem?.errors ?? []).flatMap((error) => error.messages.map((message) => ({ field: error.field, message }))),
    };
  }
}

/**
 * The answer of a typed-client call, or an ApiRefusal: `const page = await answerOf(api.GET('/api/v1/partnerships'))`.
 * An uncaught refusal becomes the matching error page (401 sends the person to sign in again).
 */
export async function answerOf<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await pending;
  if (response.ok) return data as T;
  throw new ApiRefusal(response.status, isProblem(error) ? error : undefined);
}

function isProblem(value: unknown): value is ProblemDetails {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value;
}
