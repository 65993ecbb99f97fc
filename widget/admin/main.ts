/** The moderators' app (/admin → dist/admin.js): defines every element; <parley-admin> is the page. */
import "./admin-login.ts";
import "./queue-item.ts";
import "./reject-dialog.ts";
import "./admin-queue.ts";
import "./user-drawer.ts";
import "./policy-editor.ts";
import "./audit-log.ts";
import "./site-settings.ts";
import "./moderators-panel.ts";
import "./notifications-panel.ts";
import "./parley-admin.ts";

// The page is the app: no body margin around it (CSSOM, allowed by the page's CSP).
document.body.style.margin = "0";
