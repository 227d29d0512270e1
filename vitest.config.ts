import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // discord.js reads these from the environment: tests must never pick up a real token.
    env: { DISCORD_TOKEN: '', SHARDS: '', SHARD_COUNT: '' },
  },
});
