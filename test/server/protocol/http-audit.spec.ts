/**
 * GraphQL over HTTP, to the letter: the server audit of graphql-http (the reference
 * implementation of the GraphQL-over-HTTP spec, by its editors; a suite we did not write) against
 * a real server, with no warning and no error. Notices (MAY) are allowed.
 */
import { serverAudits } from 'graphql-http';
import { useTestServers } from '../../support/server';

const servers = useTestServers();

it("passes every MUST and SHOULD of graphql-http's server audit", async () => {
  const { base } = await servers.start();
  const audits = serverAudits({ url: `${base}/graphql`, fetchFn: fetch });
  const results: { audit: string; status: string; reason?: string }[] = [];
  for (const audit of audits) {
    const result = await audit.fn();
    results.push({
      audit: `${audit.id} ${audit.name}`,
      status: result.status,
      ...('reason' in result ? { reason: result.reason } : {}),
    });
  }
  expect(results.length).toBeGreaterThanOrEqual(50);
  expect(results.filter((r) => r.status === 'warn' || r.status === 'error')).toEqual([]);
});
