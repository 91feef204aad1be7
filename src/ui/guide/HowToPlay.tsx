/**
 * The inside of "How to play", loaded when it is first opened: the rules in a few lines with the
 * keys, a figure for each idea (the guide's own scenes, still), and a way to take the guide again.
 */
import { HOW_TO_PLAY_TEXT } from '../messages/guide';
import { MiniBoard } from './MiniBoard';
import { SCENES } from './script';

export function HowToPlay(props: { readonly onGuide: () => void }) {
  return (
    <div className="tp-help-body">
      {HOW_TO_PLAY_TEXT.paragraphs.map((paragraph, i) => (
        <p key={i}>{paragraph.map((part, j) => (typeof part === 'string' ? part : <kbd key={j}>{part.key}</kbd>))}</p>
      ))}
      <div className="tp-figures">
        {SCENES.map((scene) => (
          <figure key={scene.step}>
            <MiniBoard board={scene.board} marked={scene.marked} arrow={scene.target !== null} />
            <figcaption>{HOW_TO_PLAY_TEXT.figures[scene.step]}</figcaption>
          </figure>
        ))}
      </div>
      <button type="button" onClick={props.onGuide}>
        {HOW_TO_PLAY_TEXT.replay}
      </button>
    </div>
  );
}
