// discord.js reads these from the environment when present (even empty): tests must never
// pick up a real token or shard settings from the machine.
for (const name of ['DISCORD_TOKEN', 'SHARDS', 'SHARD_COUNT']) delete process.env[name];
