/**
 * A GraphQL caller over plain HTTP with its own cookie jar (or a bearer token): what a browser or a
 * dashboard does, for tests and benchmarks that talk to a running server.
 */

// Tests read answers of many shapes tersely (`data.x.y`); a typed answer is one type argument away.
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyData = Record<string, any>;

export interface GraphQLResponse<T = AnyData> {
  data?: T | null;
  errors?: Array<{
    message: string;
    path?: string[];
    extensions?: { code?: string; [key: string]: unknown };
  }>;
}

export class Client {
  private cookie: string | undefined;
  constructor(
    readonly url: string,
    private readonly bearer?: string,
  ) {}

  async request<T = AnyData>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> {
    const response = await this.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Data, or a thrown error naming what went wrong (for steps that must succeed). */
  async data<T = AnyData>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data)
      throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    if (this.bearer) headers.set('authorization', `Bearer ${this.bearer}`);
    const response = await fetch(`${this.url}${path}`, { ...init, headers });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    return response;
  }

  async signIn(email: string, password: string): Promise<void> {
    const result = await this.request(
      'mutation ($input: SignInInput!) { signIn(input: $input) { __typename } }',
      { input: { email, password } },
    );
    if (result.data?.signIn?.__typename !== 'SignInPayload') {
      throw new Error(`sign-in failed for ${email}: ${JSON.stringify(result)}`);
    }
  }
}
