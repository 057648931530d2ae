import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');

interface Service {
  image?: string;
  volumes?: string[];
  deploy?: { replicas?: number };
  build?: { context: string; dockerfile: string; target: string };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }> | string[];
}

const compose = parse(readFileSync(path.join(root, 'docker', 'compose.yaml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const dockerfile = readFileSync(path.join(root, 'docker', 'Dockerfile'), 'utf8');
const services = compose.services;

function dependencies(service: Service): Record<string, string> {
  if (Array.isArray(service.depends_on)) return Object.fromEntries(service.depends_on.map((name) => [name, 'service_started']));
  return Object.fromEntries(Object.entries(service.depends_on ?? {}).map(([name, { condition }]) => [name, condition]));
}

describe('the production-like compose file', () => {
  it('declares PostgreSQL, Temporal and its UI, the migration job, the API and the worker, HAProxy and Prometheus', () => {
    expect(Object.keys(services).sort()).toEqual([
      'api',
      'haproxy',
      'migrate',
      'postgres',
      'prometheus',
      'temporal',
      'temporal-setup',
      'temporal-ui',
      'worker',
    ]);
  });

  it('runs two API replicas behind HAProxy, which routes by /ready, and two workers, all scraped by Prometheus', () => {
    expect(services.api.deploy?.replicas).toBe(2);
    expect(services.worker.deploy?.replicas).toBe(2);
    for (const service of [services.haproxy, services.prometheus]) {
      for (const volume of service.volumes ?? []) expect(existsSync(path.join(root, 'docker', volume.split(':')[0]))).toBe(true);
    }
    const haproxy = readFileSync(path.join(root, 'docker', 'haproxy.cfg'), 'utf8');
    expect(haproxy).toMatch(/option httpchk GET \/ready/);
    expect(haproxy).toMatch(/server-template api- \d+ api:3000 check/);
    const prometheus = parse(readFileSync(path.join(root, 'docker', 'prometheus.yml'), 'utf8')) as {
      scrape_configs: { job_name: string; dns_sd_configs: { names: string[]; port: number }[] }[];
    };
    const targets = prometheus.scrape_configs.map((job) => `${job.dns_sd_configs[0].names[0]}:${job.dns_sd_configs[0].port}`);
    expect(targets).toEqual(['api:3000', `worker:${services.worker.environment?.WORKER_METRICS_ADDRESS?.split(':')[1]}`]);
  });

  it('names only services that exist in depends_on', () => {
    for (const service of Object.values(services)) {
      for (const name of Object.keys(dependencies(service))) expect(Object.keys(services)).toContain(name);
    }
  });

  it('pins every image to a version', () => {
    for (const service of Object.values(services)) {
      if (!service.image) continue;
      expect(service.image).toMatch(/:[\w.-]+$/);
      expect(service.image).not.toMatch(/:latest$/);
    }
  });

  it('builds the API, worker and migration job from targets the Dockerfile defines', () => {
    for (const name of ['api', 'worker', 'migrate']) {
      const build = services[name].build;
      expect(build?.dockerfile).toBe('docker/Dockerfile');
      expect(dockerfile).toMatch(new RegExp(`^FROM \\S+ AS ${build?.target}$`, 'm'));
    }
  });

  it('starts the API and worker only after the migrations succeeded, pointed at PostgreSQL and Temporal', () => {
    for (const name of ['api', 'worker']) {
      expect(dependencies(services[name]).migrate).toBe('service_completed_successfully');
      expect(services[name].environment?.TEMPORAL_ADDRESS).toBe('temporal:7233');
    }
    expect(services.api.environment?.API_KEY_PEPPER?.length).toBeGreaterThanOrEqual(32);
  });

  it('migrates as the schema owner and runs the API and worker as the application role, which never sees the owner', () => {
    const owner = `postgres://${services.postgres.environment?.POSTGRES_USER}:`;
    expect(services.migrate.environment?.DATABASE_OWNER_URL).toMatch(/^postgres:\/\/accord:.*@postgres:5432\/accord$/);
    expect(services.migrate.environment?.DATABASE_OWNER_URL?.startsWith(owner)).toBe(true);
    for (const name of ['migrate', 'api', 'worker']) {
      expect(services[name].environment?.DATABASE_URL).toMatch(/^postgres:\/\/accord_app:.*@postgres:5432\/accord$/);
    }
    for (const name of ['api', 'worker']) {
      expect(services[name].environment?.DATABASE_OWNER_URL).toBeUndefined();
      expect(JSON.stringify(services[name].environment)).not.toContain(owner);
    }
  });

  it('keeps Temporal on the same PostgreSQL', () => {
    expect(services.temporal.environment).toMatchObject({ DB: 'postgres12', POSTGRES_SEEDS: 'postgres' });
    expect(dependencies(services.temporal).postgres).toBe('service_healthy');
  });

  it('copies into the image only files that exist, and runs it as a non-root user', () => {
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(?:--\S+ )*(.+) \S+$/gm)].flatMap((match) => match[1].split(' '));
    for (const source of sources) expect(existsSync(path.join(root, source))).toBe(true);
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});
