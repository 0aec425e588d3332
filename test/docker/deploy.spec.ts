/**
 * The deployment files a user applies (deploy/): the Kubernetes manifests validate against the
 * Kubernetes schemas (kubernetes-models), their configuration passes the server's own config
 * check, and they agree with each other and with the server (ports, probes, selectors); the
 * Compose file puts three instances behind HAProxy with the addresses deploy/haproxy.cfg reads,
 * reading from a streaming standby made by the same scripts scale:test runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { loadConfig } from '../../src/config';
import { ROOT } from '../support/paths';

const K8S = path.join(ROOT, 'deploy', 'kubernetes');

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  [key: string]: any;
}

const manifests: Manifest[] = readdirSync(K8S)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parseAllDocuments(readFileSync(path.join(K8S, f), 'utf8')).map((d) => d.toJS() as Manifest));
const find = (kind: string, name = 'mobility-atlas'): Manifest => {
  const found = manifests.find((m) => m.kind === kind && m.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in deploy/kubernetes`);
  return found;
};

/** The kubernetes-models class for a manifest's apiVersion and kind. */
async function modelOf(m: Manifest): Promise<new (data: object) => { validate(): void }> {
  const [group, version] = m.apiVersion.includes('/') ? m.apiVersion.split('/') : ['', m.apiVersion];
  const dir = group ? `${group}/${version}` : version;
  const mod = (await import(`kubernetes-models/${dir}/${m.kind}`)) as Record<
    string,
    new (data: object) => { validate(): void }
  >;
  return mod[m.kind]!;
}

describe('the Kubernetes manifests', () => {
  it('are the objects a deployment needs', () => {
    expect(manifests.map((m) => `${m.kind}/${m.metadata.name}`).sort()).toEqual([
      'ConfigMap/mobility-atlas',
      'Deployment/mobility-atlas',
      'Deployment/mobility-atlas-redis',
      'HorizontalPodAutoscaler/mobility-atlas',
      'PodDisruptionBudget/mobility-atlas',
      'Secret/mobility-atlas',
      'Service/mobility-atlas',
      'Service/mobility-atlas-redis',
    ]);
  });

  it.each(manifests.map((m) => [`${m.kind}/${m.metadata.name}`, m] as const))(
    '%s validates against the Kubernetes schema',
    async (_name, m) => {
      const Model = await modelOf(m);
      expect(() => new Model(m).validate()).not.toThrow();
    },
  );

  it('catch a manifest that does not (replicas that is not a number)', async () => {
    const deployment = structuredClone(find('Deployment'));
    deployment.spec.replicas = 'three';
    const Model = await modelOf(deployment);
    expect(() => new Model(deployment).validate()).toThrow(/replicas/);
  });

  it('configure the server as its own check accepts, with metrics on a port of their own', () => {
    const config = loadConfig({ ...find('ConfigMap').data, ...find('Secret').stringData });
    expect(config.metricsPort).toBeGreaterThan(0);
    expect(config.sharedCache?.url).toMatch(/^redis:\/\/mobility-atlas-redis:6379/);
    const container = find('Deployment').spec.template.spec.containers[0];
    const ports = Object.fromEntries(
      container.ports.map((p: { name: string; containerPort: number }) => [p.name, p.containerPort]),
    );
    expect(ports).toEqual({ http: config.port, metrics: config.metricsPort });
    expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
    expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    // The grace period outlasts the preStop pause plus the server's own drain.
    const preStop = Number(container.lifecycle.preStop.exec.command[1]);
    expect(find('Deployment').spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThan(
      preStop + config.shutdownGraceMs / 1000,
    );
  });

  it('point the Service, the autoscaler and the disruption budget at the API pods', () => {
    const labels = find('Deployment').spec.template.metadata.labels;
    expect(find('Service').spec.selector).toEqual(labels);
    expect(find('PodDisruptionBudget').spec.selector.matchLabels).toEqual(labels);
    expect(find('HorizontalPodAutoscaler').spec.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'mobility-atlas',
    });
    expect(find('PodDisruptionBudget').spec.minAvailable).toBeLessThan(
      find('HorizontalPodAutoscaler').spec.minReplicas,
    );
  });
});

describe('the Compose file', () => {
  const compose = parse(readFileSync(path.join(ROOT, 'deploy', 'compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<string, any>;
  };
  const haproxyCfg = readFileSync(path.join(ROOT, 'deploy', 'haproxy.cfg'), 'utf8');

  it('runs three API instances behind HAProxy, with Redis, a PostGIS primary and a streaming standby', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'api1',
      'api2',
      'api3',
      'haproxy',
      'primary',
      'redis',
      'standby',
    ]);
    for (const api of ['api1', 'api2', 'api3']) {
      const env = compose.services[api].environment;
      expect(() => loadConfig(env)).not.toThrow();
      expect(env.CACHE_URL).toBe('redis://redis:6379/0');
      expect(new URL(env.DATABASE_URL).host).toBe('primary:5432');
      expect(new URL(env.DATABASE_READ_URLS).host).toBe('standby:5432');
      expect(compose.services[api].depends_on.standby).toEqual({ condition: 'service_healthy' });
    }
    // Only the first loads the seed into the new primary; the others wait for it.
    expect(compose.services.api2.depends_on.api1).toEqual({ condition: 'service_healthy' });
  });

  it('makes the standby with the scripts scale:test runs, from the primary, with the same image', () => {
    const { primary, standby } = compose.services;
    expect(standby.image).toBe(primary.image);
    // The scripts mounted are the files in deploy/postgres/ (tools/replication.ts runs them on
    // a real primary and standby in npm run scale:test).
    const mounts = (service: { volumes: string[] }): Record<string, string> =>
      Object.fromEntries(service.volumes.filter((v) => v.startsWith('./')).map((v) => v.split(':').slice(0, 2)));
    expect(mounts(primary)).toEqual({ './postgres/primary-init.sh': '/docker-entrypoint-initdb.d/50-replication.sh' });
    expect(mounts(standby)).toEqual({ './postgres/standby-init.sh': '/atlas/standby-init.sh' });
    for (const file of [...Object.keys(mounts(primary)), ...Object.keys(mounts(standby))])
      expect(readFileSync(path.join(ROOT, 'deploy', file), 'utf8')).toMatch(/^#!\/bin\/sh\n/);
    expect(standby.entrypoint.join(' ')).toMatch(/\/atlas\/standby-init\.sh && exec postgres/);
    // The standby signs in as the role the primary's script creates, and copies the primary.
    for (const k of ['REPLICATION_USER', 'REPLICATION_PASSWORD'])
      expect(standby.environment[k]).toBe(primary.environment[k]);
    expect(standby.environment.PRIMARY_HOST).toBe('primary');
    expect(standby.depends_on.primary).toEqual({ condition: 'service_healthy' });
    expect(Object.keys((compose as { volumes?: object }).volumes ?? {}).sort()).toEqual([
      'primary-data',
      'standby-data',
    ]);
  });

  it('gives HAProxy every address its configuration reads', () => {
    const wanted = [...haproxyCfg.matchAll(/"\$\{(ATLAS_[A-Z0-9_]+)\}"/g)].map((m) => m[1]).sort();
    expect(wanted).toEqual(['ATLAS_API_1', 'ATLAS_API_2', 'ATLAS_API_3', 'ATLAS_LB_BIND']);
    expect(Object.keys(compose.services.haproxy.environment).sort()).toEqual(wanted);
  });
});
