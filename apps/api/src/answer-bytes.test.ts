import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { sendLongTextAsBytes } from './answer-bytes.ts';

describe('long text answers sent as bytes', () => {
  it('encodes them once, keeping their type and their length in bytes, Vietnamese text included', async () => {
    const app = Fastify();
    sendLongTextAsBytes(app);
    const sent: Record<string, string> = {};
    app.addHook('onSend', async (request, _reply, payload) => {
      sent[request.url] = Buffer.isBuffer(payload) ? 'bytes' : typeof payload;
    });
    const text = JSON.stringify({ names: Array(2000).fill('Thị trấn Đầm Hà') });
    app.get('/long', (_request, reply) => reply.type('application/json; charset=utf-8').send(text));
    app.get('/short', (_request, reply) =>
      reply.type('application/json; charset=utf-8').send('{"ok":"đúng"}'),
    );
    const long = await app.inject('/long');
    expect(long.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(long.headers['content-length'])).toBe(Buffer.byteLength(text));
    expect(Number(long.headers['content-length'])).toBeGreaterThan(text.length);
    expect(long.body).toBe(text);
    const short = await app.inject('/short');
    expect(short.json()).toEqual({ ok: 'đúng' });
    expect(sent).toEqual({ '/long': 'bytes', '/short': 'string' });
    await app.close();
  });
});
