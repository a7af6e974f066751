// The admission scheduler on its own (src/server/admission.ts): how many statements run at once, the
// heavy lane's share, cheap statements first, and refusal once a lane's queue is full.
import { expect, it } from 'vitest';
import { OverloadedError, createAdmission, type Lane } from '../../src/server/admission.js';

/** A statement that runs until `finish()` is called. */
function statement() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { finish, work: () => done };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

it('runs at most maxInFlight statements, the heavy lane at most half of them, cheap ones first', async () => {
  const admission = createAdmission({ maxInFlight: 4, maxQueue: 10, cheapCost: 50, retryAfterSeconds: 1 });
  const started: string[] = [];
  const run = (lane: Lane, name: string) => {
    const s = statement();
    const finished = admission.run(admission.admit(lane, 1)!, () => (started.push(name), s.work()));
    return { ...s, finished };
  };
  const heavy = [1, 2, 3, 4].map((i) => run('heavy', `h${i}`));
  await settle();
  expect(started).toEqual(['h1', 'h2']); // half the slots
  const cheap = [1, 2, 3].map((i) => run('cheap', `c${i}`));
  await settle();
  expect(started).toEqual(['h1', 'h2', 'c1', 'c2']);
  expect(admission.inFlight).toBe(4);
  expect(admission.queued('cheap')).toBe(1);
  expect(admission.queued('heavy')).toBe(2);

  // A freed heavy slot goes to the cheap statement waiting, not to the heavy ones queued before it.
  heavy[0]!.finish();
  await settle();
  expect(started.at(-1)).toBe('c3');
  cheap[0]!.finish();
  await settle();
  expect(started.at(-1)).toBe('h3');
  for (const s of [...heavy, ...cheap]) s.finish();
  await Promise.all([...heavy, ...cheap].map((s) => s.finished));
  expect(started).toHaveLength(7);
  expect(admission.inFlight).toBe(0);
});

it('admits an operation only if its lane can take every root field, and refuses the rest at once', async () => {
  const admission = createAdmission({ maxInFlight: 2, maxQueue: 2, cheapCost: 50, retryAfterSeconds: 3 });
  // The heavy lane: one slot (half of two) and two places in the queue.
  expect(admission.admit('heavy', 4)).toBeUndefined();
  const ticket = admission.admit('heavy', 3)!;
  expect(admission.admit('heavy', 1)).toBeUndefined(); // its three places are held
  const running = statement();
  const first = admission.run(ticket, running.work);
  const second = admission.run(ticket, async () => 'second');
  const third = admission.run(ticket, async () => 'third');
  expect(admission.queued('heavy')).toBe(2);
  // A statement beyond the ticket's places finds the queue full.
  await expect(admission.run(ticket, async () => 'never')).rejects.toEqual(
    expect.objectContaining({ name: 'OverloadedError', retryAfterSeconds: 3 }),
  );
  // The cheap lane is not held up by any of it.
  const cheap = admission.admit('cheap', 1)!;
  await expect(admission.run(cheap, async () => 'cheap ran')).resolves.toBe('cheap ran');
  running.finish();
  await first;
  await expect(Promise.all([second, third])).resolves.toEqual(['second', 'third']);
  expect(admission.inFlight).toBe(0);
  expect(new OverloadedError(1)).toBeInstanceOf(Error);
});

it('gives back the places an operation did not use', () => {
  const admission = createAdmission({ maxInFlight: 2, maxQueue: 2, cheapCost: 50, retryAfterSeconds: 1 });
  const ticket = admission.admit('heavy', 3)!;
  expect(admission.admit('heavy', 1)).toBeUndefined();
  admission.release(ticket);
  expect(admission.admit('heavy', 3)).toBeDefined();
});

it('chooses the lane by cost', () => {
  const admission = createAdmission({ maxInFlight: 2, maxQueue: 1, cheapCost: 50, retryAfterSeconds: 1 });
  expect(admission.laneOf(50)).toBe('cheap');
  expect(admission.laneOf(51)).toBe('heavy');
});
