/**
 * The first-run guide: a short walk-through in a modal dialog on a tiny board (the hole; a move
 * along a line; a leap over pebbles; the goal), where the player makes the two moves. Skippable
 * at any step (Skip, or Escape); finishing or skipping saves that it was seen. Loaded lazily.
 */
import { startTransition, useEffect, useId, useRef, useState } from 'react';
import { holeOf } from '../../engine';
import { useActions } from '../GameContext';
import { GUIDE } from '../messages/guide';
import { MiniBoard, MiniBoardBox } from './MiniBoard';
import { SCENES } from './script';

export function Guide(props: { readonly onClose: () => void }) {
  const [index, setIndex] = useState(0);
  const [leap, setLeap] = useState<{ from: number; to: number } | null>(null);
  const [refused, setRefused] = useState<{ pos: number; id: number } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  // The dialog opens in a task after React has put it in the page, and the tiny board is drawn
  // in the task after that, in a box of its size kept meanwhile (nothing moves): on the page's
  // first load these are three short tasks, not one long one.
  const [boardDrawn, setBoardDrawn] = useState(false);
  const { updateSettings } = useActions();
  const titleId = useId();
  const scene = SCENES[index]!;
  const last = index === SCENES.length - 1;
  const words = GUIDE.steps[scene.step];

  useEffect(() => {
    let drawBoard: ReturnType<typeof setTimeout> | undefined;
    const open = setTimeout(() => {
      const el = dialog.current;
      if (el && !el.open) {
        // A modal dialog keeps focus in the guide; where there is none (jsdom) it simply opens.
        if (typeof el.showModal === 'function') el.showModal();
        else el.setAttribute('open', '');
        // The way on has the focus (a modal dialog would give it to the first board position).
        el.querySelector<HTMLElement>('.tp-primary')?.focus();
      }
      drawBoard = setTimeout(() => startTransition(() => setBoardDrawn(true)));
    });
    return () => {
      clearTimeout(open);
      clearTimeout(drawBoard);
    };
  }, []);

  function close(): void {
    updateSettings({ guideSeen: true });
    if (dialog.current?.open && typeof dialog.current.close === 'function') dialog.current.close();
    props.onClose();
  }

  function tap(pos: number): void {
    if (scene.target === null) return;
    if (pos !== scene.target) {
      setRefused((r) => ({ pos, id: (r?.id ?? 0) + 1 }));
      return;
    }
    setRefused(null);
    setLeap({ from: pos, to: holeOf(scene.board) });
    setIndex(index + 1);
  }

  return (
    <dialog
      ref={dialog}
      className="tp-guide"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <p className="tp-guide-progress">{GUIDE.progress(index + 1, SCENES.length)}</p>
      {boardDrawn ? (
        <MiniBoard
          board={scene.board}
          marked={scene.marked}
          arrow={scene.target !== null}
          target={scene.target}
          onTap={tap}
          leap={leap}
          refused={refused}
          label={GUIDE.board}
        />
      ) : (
        <MiniBoardBox />
      )}
      <h2 id={titleId}>{words.title}</h2>
      <p className="tp-guide-text">{words.text}</p>
      <p className="tp-guide-note" role="status">
        {refused && GUIDE.tapMarked}
      </p>
      <div className="tp-guide-actions">
        {!last && (
          <button type="button" onClick={close}>
            {GUIDE.skip}
          </button>
        )}
        {scene.target === null && (
          <button type="button" className="tp-primary" onClick={last ? close : () => setIndex(index + 1)}>
            {last ? GUIDE.done : GUIDE.next}
          </button>
        )}
      </div>
    </dialog>
  );
}
