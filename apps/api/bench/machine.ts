import os from 'node:os';
import type { PrismaClient } from '@imh/db';

/** What the figures were measured on. */
export async function machineInfo(prisma: PrismaClient) {
  const [{ version }] = await prisma.$queryRawUnsafe<[{ version: string }]>('SELECT version()');
  const settings = await prisma.$queryRawUnsafe<{ name: string; setting: string }[]>(
    `SELECT name, current_setting(name) AS setting FROM pg_settings
     WHERE name IN ('shared_buffers', 'work_mem', 'max_parallel_workers_per_gather', 'jit', 'effective_cache_size')
     ORDER BY name`,
  );
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    /** The machine is shared: what else ran during the measurement shows in the load. */
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    postgres: version,
    postgresSettings: Object.fromEntries(settings.map((s) => [s.name, s.setting])),
  };
}

export type MachineInfo = Awaited<ReturnType<typeof machineInfo>>;
