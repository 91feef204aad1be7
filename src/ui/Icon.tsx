/**
 * The controls' icons: one stroked 24-unit path each, drawn in the button's text colour (Redo is
 * Undo mirrored). Beside the label on wide boards, alone in narrow ones, where the hidden label
 * still names the button.
 */
import type { Control } from './options';

const PATHS: Record<Exclude<Control, 'redo'> | 'stop', string> = {
  hint: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5V16h8v-2.5A6 6 0 0 0 12 3z',
  undo: 'M9 14 4 9l5-5M4 9h11a5 5 0 0 1 0 10h-4',
  restart: 'M3 12a9 9 0 1 0 3-6.7L3 8M3 3v5h5',
  solution: 'M7 4v16l13-8z',
  stop: 'M6 6h12v12H6z',
  new: 'M12 5v14M5 12h14',
  settings: 'M4 7h16M4 17h16M9 4v6M15 14v6',
};

export type IconName = keyof typeof PATHS | 'redo';

export function Icon(props: { name: IconName }) {
  const redo = props.name === 'redo';
  return (
    <svg className={redo ? 'tp-icon tp-mirrored' : 'tp-icon'} viewBox="0 0 24 24" aria-hidden="true">
      <path d={PATHS[props.name === 'redo' ? 'undo' : props.name]} />
    </svg>
  );
}
