// A minimal OpenAI-compatible upstream for load tests (Node.js, no dependencies): answers
// POST /v1/chat/completions with a fixed completion, or with five SSE chunks when the body asks to stream.
import http from 'node:http';

const port = Number(process.argv[2] || 9100);
const completion = JSON.stringify({
  id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: 'gpt-test',
  choices: [{ index: 0, message: { role: 'assistant', content: 'ok', refusal: null }, finish_reason: 'stop', logprobs: null }],
  usage: { prompt_tokens: 10, completion_tokens: 1, total_tokens: 11 },
});
const chunk = (delta, finish) => 'data: ' + JSON.stringify({
  id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model: 'gpt-test',
  choices: [{ index: 0, delta, finish_reason: finish }],
}) + '\n\n';

http.createServer((req, res) => {
  const parts = [];
  req.on('data', (d) => parts.push(d));
  req.on('end', () => {
    const body = Buffer.concat(parts).toString('utf8');
    if (body.includes('"stream":true')) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(chunk({ role: 'assistant', content: '' }, null));
      for (const piece of ['o', 'k', '!']) res.write(chunk({ content: piece }, null));
      res.end(chunk({}, 'stop') + 'data: [DONE]\n\n');
    } else {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(completion) });
      res.end(completion);
    }
  });
}).listen(port, '127.0.0.1', () => console.error(`fake upstream on http://127.0.0.1:${port}`));
