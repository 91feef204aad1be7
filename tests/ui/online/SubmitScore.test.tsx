/**
 * The win panel's offer to put a result on the leaderboard, in the app: the name asked once
 * and checked before anything is sent, then one button under the remembered name; the result's
 * rank; no offer for a game won with help; a failure said with a way to try again; later wins
 * put on at once when the player asked; and the win panel as it always was without a server.
 */
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUBMIT } from '../../../src/ui/messages/online';
import { fakeOnline } from '../../support/fakeOnline';
import { memoryStorage } from '../../support/fakeSolver';
import { renderOnlineApp, settle } from '../../support/onlineApp';

// The app loads the leaderboard screens, the win panel and its share card lazily: loaded once
// here, they come at once in each test (the first test no longer pays for compiling them).
beforeAll(() => Promise.all([import('../../../src/ui/online'), import('../../../src/ui/WinPanel'), import('../../../src/ui/review')]));

const offer = () => within(screen.getByTestId('leaderboard-offer'));
const finishes = (server: ReturnType<typeof fakeOnline>) => server.calls.filter((c) => c.method === 'finishGame');

describe('putting a result on the leaderboard', () => {
  it('asks for a name, refuses one the server would refuse, and shows the rank', async () => {
    const storage = memoryStorage();
    const app = await renderOnlineApp({ level: 1, storage });
    await app.win();
    expect(within(screen.getByTestId('win')).getByTestId('leaderboard-offer')).toBeInTheDocument();
    const name = offer().getByLabelText(SUBMIT.name);
    await app.user.type(name, '<script>');
    await app.press(SUBMIT.send);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(offer().getByText(SUBMIT.invalid)).toBeInTheDocument();
    expect(finishes(app.server)).toEqual([]);

    await app.user.clear(name);
    await app.user.type(name, 'Ana');
    await app.press(SUBMIT.send);
    await settle();
    const sent = app.state().submission;
    expect(sent).toMatchObject({ state: 'sent', rank: 1, total: 1 });
    expect(offer().getByRole('status')).toHaveTextContent(SUBMIT.sent(sent as Extract<typeof sent, { state: 'sent' }>));
    expect(app.server.names({ level: 1 })).toEqual(['Ana']);
  });

  it('offers the remembered name in one button, and another name on request', async () => {
    const storage = memoryStorage();
    const first = await renderOnlineApp({ level: 1, storage });
    await first.win();
    await first.user.type(offer().getByLabelText(SUBMIT.name), 'Ana');
    await first.press(SUBMIT.send);
    first.view.unmount();

    const again = await renderOnlineApp({ level: 2, storage });
    await again.win();
    expect(offer().queryByLabelText(SUBMIT.name)).toBeNull();
    await again.press(SUBMIT.otherName);
    expect(offer().getByLabelText(SUBMIT.name)).toHaveValue('Ana');
    await again.user.clear(offer().getByLabelText(SUBMIT.name));
    await again.user.type(offer().getByLabelText(SUBMIT.name), 'Ana B');
    await again.press(SUBMIT.send);
    await settle();
    expect(again.server.names({ level: 2 })).toEqual(['Ana B']);
  });

  it('puts a result on with the remembered name in one press', async () => {
    const storage = memoryStorage({ 'tripebble:player': JSON.stringify({ version: 1, secret: 'S'.repeat(43), name: 'Bo', auto: false }) });
    const app = await renderOnlineApp({ level: 3, storage });
    await app.win();
    await app.press(SUBMIT.sendAs('Bo'));
    await settle();
    expect(app.server.names({ level: 3 })).toEqual(['Bo']);
    expect(app.state().submission).toMatchObject({ state: 'sent' });
  });

  it('says why a game won with a hint does not go on', async () => {
    const app = await renderOnlineApp({ level: 1 });
    await app.press('Hint');
    await app.win();
    expect(offer().getByText(SUBMIT.helped)).toBeInTheDocument();
    expect(offer().queryByRole('button')).toBeNull();
  });

  it('says what went wrong and tries again on request', async () => {
    const app = await renderOnlineApp({ level: 1 });
    await app.win();
    const limited = { kind: 'rate-limited', status: 429, retryAfterSeconds: 20, message: 'too many' } as const;
    app.server.fail('finishGame', limited);
    await app.user.type(offer().getByLabelText(SUBMIT.name), 'Ana');
    await app.press(SUBMIT.send);
    await settle();
    expect(offer().getByRole('status')).toHaveTextContent(SUBMIT.failed(limited));
    await app.press(SUBMIT.retry);
    await settle();
    expect(app.server.names({ level: 1 })).toEqual(['Ana']);
  });

  it('says when the game could not be registered, and offers nothing to send', async () => {
    const server = fakeOnline();
    const refused = { kind: 'rejected', status: 422, message: 'this daily board is not out yet' } as const;
    server.fail('startGame', refused);
    const app = await renderOnlineApp({ level: 1, server });
    await app.win();
    expect(offer().getByText(SUBMIT.unregistered(refused))).toBeInTheDocument();
    expect(offer().queryByRole('button')).toBeNull();
  });

  it('puts later wins on at once when the player ticked the box', async () => {
    const storage = memoryStorage();
    const app = await renderOnlineApp({ level: 1, storage });
    await app.win();
    await app.user.type(offer().getByLabelText(SUBMIT.name), 'Ana');
    await app.user.click(offer().getByLabelText(SUBMIT.auto));
    await app.press(SUBMIT.send);
    await app.press('Next level');
    await settle();
    await app.win();
    await settle();
    expect(finishes(app.server)).toHaveLength(2);
    expect(app.server.names({ level: 2 })).toEqual(['Ana']);
    expect(app.state().submission).toMatchObject({ state: 'sent', rank: 1, total: 1 });
    expect(offer().queryByRole('button')).toBeNull();
  });

  it('leaves the win panel as it was when no server answers, or without leaderboards', async () => {
    const server = fakeOnline();
    server.fail('startGame', { kind: 'offline', message: 'no leaderboard server at /api/' });
    const offline = await renderOnlineApp({ level: 1, server });
    await offline.win();
    expect(screen.getByTestId('win')).toBeInTheDocument();
    expect(screen.queryByTestId('leaderboard-offer')).toBeNull();
    offline.view.unmount();

    const none = await renderOnlineApp({ level: 1, online: false });
    await none.win();
    expect(screen.getByTestId('win')).toBeInTheDocument();
    expect(screen.queryByTestId('leaderboard-offer')).toBeNull();
  });
});
