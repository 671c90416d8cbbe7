// BotCare embed: add one line to a company page to offer the chat in a corner window.
//   <script src="https://YOUR-BOTCARE-HOST/embed.js" defer></script>
// The page must be listed in DirectLine:AllowedOrigins, which lets BotCare be framed there.
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script) {
    return;
  }

  var origin = new URL(script.src).origin;
  var label = script.getAttribute('data-label') || 'Chat with us';

  var frame = document.createElement('iframe');
  frame.src = origin + '/';
  frame.title = label;
  frame.hidden = true;
  frame.setAttribute('style', 'position:fixed;right:20px;bottom:84px;width:380px;max-width:calc(100vw - 40px);height:600px;max-height:calc(100vh - 110px);border:1px solid #d8dee4;border-radius:12px;box-shadow:0 8px 24px rgba(0,0,0,.2);background:#fff;z-index:2147483000;');

  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('style', 'position:fixed;right:20px;bottom:20px;padding:12px 18px;border:0;border-radius:24px;background:#1f5fbf;color:#fff;font:600 15px system-ui,sans-serif;cursor:pointer;z-index:2147483000;');
  button.addEventListener('click', function () {
    frame.hidden = !frame.hidden;
    button.setAttribute('aria-expanded', String(!frame.hidden));
  });

  document.body.appendChild(frame);
  document.body.appendChild(button);
})();
