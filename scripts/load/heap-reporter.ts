// Loaded into the API process by the soak (`node --expose-gc --import …`), never by the served API
// itself: answers its parent over the IPC channel that only the parent holds, with the heap in use
// after full collections and the resident set size. Nothing is exposed on any port.
import process from 'node:process';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !process.send) throw new Error('the heap reporter needs --expose-gc and an IPC channel to its parent');

process.on('message', (message: { type?: string }) => {
  if (message?.type !== 'heap') return;
  // Two collections: the first may leave what finalizers and weak callbacks free only afterwards.
  gc();
  gc();
  const { heapUsed, rss } = process.memoryUsage();
  process.send!({ type: 'heap', heapUsed, rss });
});
// The channel must not keep the API alive after SIGTERM has closed everything else.
process.channel?.unref();
