import { browser } from 'wxt/browser';
import { iconSet } from '../../lib/toolbar/icons';
import { BADGE_TEXT_COLOR, type ToolbarState } from '../../lib/toolbar/state';

type ActionApi = typeof browser.action;
/** What the toolbar state needs of the button's API. */
type ToolbarAction = Pick<ActionApi, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setBadgeTextColor' | 'setTitle' | 'setIcon'>;

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 build, which has no `action`. */
function toolbarAction(): ToolbarAction {
  // The typings are Chrome's MV3 ones, where `action` always exists and browserAction takes
  // callbacks; Firefox's browserAction returns promises, like action, for the same arguments.
  const apis = browser as unknown as { action?: ToolbarAction; browserAction?: ToolbarAction };
  const found = apis.action ?? apis.browserAction;
  if (!found) throw new Error('Termlight: this browser has no toolbar button API');
  return found;
}

/** Shows a state on one tab's button; rejects when the tab has gone meanwhile. */
export async function showToolbarState(tabId: number, state: ToolbarState): Promise<void> {
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ tabId, text: state.badge }),
    action.setBadgeBackgroundColor({ tabId, color: state.badgeColor }),
    action.setBadgeTextColor({ tabId, color: BADGE_TEXT_COLOR }),
    action.setTitle({ tabId, title: state.title }),
    action.setIcon({ tabId, path: iconSet(state.icon) }),
  ]);
}
