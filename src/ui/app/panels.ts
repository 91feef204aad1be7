/**
 * The app's secondary views in one lazily loaded chunk: nothing here is needed before the board
 * is interactive, so it stays out of the main bundle's size budget.
 */
export { EditorPanel } from './EditorPanel';
export { LevelsPanel } from './LevelsPanel';
export { NewBoardPanel } from './NewBoardPanel';
export { StatsPanel } from './StatsPanel';
export { SettingsPanel } from '../SettingsPanel';
export { ThemeSetting } from './ThemeSetting';
