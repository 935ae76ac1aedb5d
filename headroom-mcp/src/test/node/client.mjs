// An independent MCP client for headroom-mcp's tests: the official TypeScript SDK drives the Headroom
// server (over stdio and Streamable HTTP) and the gateway (over stdio). It reports what it received as
// one JSON object on standard output; the Java test (TypeScriptClientTest) judges it.
//
//   node client.mjs SPEC.json
//
// SPEC: {"content": PATH of the text to compress, "server": {command, args, env}, "http": URL,
//        "gateway": {command, args, env}}
import { readFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const spec = JSON.parse(readFileSync(process.argv[2], "utf8"));
const content = readFileSync(spec.content, "utf8");

function firstHandle(text) {
  const m = /retrieve handle=([0-9a-f]{16})/.exec(text);
  return m ? m[1] : null;
}

async function connect(transport) {
  const client = new Client({ name: "headroom-ts-test", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

/** Calls a tool and keeps what a test needs; a JSON-RPC error is reported, not thrown. */
async function call(client, name, args) {
  try {
    const r = await client.callTool({ name, arguments: args });
    return { isError: r.isError === true, texts: r.content.filter((c) => c.type === "text").map((c) => c.text),
      structured: r.structuredContent ?? null };
  } catch (e) {
    return { rpcError: { code: e.code ?? null, message: String(e.message) } };
  }
}

async function driveServer(client) {
  const out = {};
  out.server = client.getServerVersion();
  out.tools = (await client.listTools()).tools.map((t) => t.name);
  const compressed = await call(client, "headroom_compress", { content, query: "ORD-10217" });
  out.compress = compressed;
  const handle = compressed.texts ? firstHandle(compressed.texts[0]) : null;
  out.retrieve = handle ? await call(client, "headroom_retrieve", { handle }) : null;
  out.stats = await call(client, "headroom_stats", {});
  out.badContent = await call(client, "headroom_compress", { content: 42 });
  out.badHandle = await call(client, "headroom_retrieve", { handle: "not-a-handle" });
  out.unknownTool = await call(client, "headroom_nothing", {});
  out.afterErrors = await call(client, "headroom_compress", { content: "still serving" });
  return out;
}

async function driveGateway(client) {
  const out = {};
  out.server = client.getServerVersion();
  out.tools = (await client.listTools()).tools.map((t) => t.name);
  const logs = await call(client, "fetch_logs", { service: "checkout" });
  out.fetchLogs = logs;
  const handle = logs.texts ? firstHandle(logs.texts[0]) : null;
  out.retrieve = handle ? await call(client, "headroom_retrieve", { handle }) : null;
  out.echo = await call(client, "echo", { text: "héllo" });
  out.failBuild = await call(client, "fail_build", {});
  out.toolsAgain = (await client.listTools()).tools.map((t) => t.name);
  return out;
}

const result = {};
for (const [key, drive, transport] of [
  ["stdio", driveServer, () => new StdioClientTransport(spec.server)],
  ["http", driveServer, () => new StreamableHTTPClientTransport(new URL(spec.http))],
  ["gateway", driveGateway, () => new StdioClientTransport(spec.gateway)],
]) {
  const client = await connect(transport());
  try {
    result[key] = await drive(client);
  } finally {
    await client.close();
  }
}
process.stdout.write(JSON.stringify(result));
