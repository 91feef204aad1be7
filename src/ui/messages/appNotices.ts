/**
 * The app's notices (a game's, and its own about links) and a game's announcements in the
 * player's language: loaded when the app first has one to show or say (ui/app/App.tsx).
 */
export { appNoticeText as noticeText, linkErrorText } from './en/linkNotices';
export { announcementText } from './en/notices';
