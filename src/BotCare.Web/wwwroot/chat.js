// BotCare's customer chat page: Web Chat over BotCare's own Direct Line server.
// The page holds only a conversation-scoped token (never the secret). The conversation id and token are kept in
// sessionStorage, so reloading the page resumes the same conversation with its history.
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('botcare-config').textContent);
  var storageKey = 'botcare.chat';
  var directLineDomain = window.location.origin + '/v3/directline';
  var statusElement = document.getElementById('chat-status');

  function showStatus(text) {
    statusElement.textContent = text;
    statusElement.hidden = !text;
  }

  function saved() {
    try {
      return JSON.parse(window.sessionStorage.getItem(storageKey) || 'null');
    } catch (e) {
      return null;
    }
  }

  function save(session) {
    window.sessionStorage.setItem(storageKey, JSON.stringify({ conversationId: session.conversationId, token: session.token }));
  }

  function post(url, token) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }

    return fetch(url, { method: 'POST', headers: headers, body: '{}' }).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ' answered ' + response.status);
      }

      return response.json();
    });
  }

  // A saved conversation is resumed with a fresh token; an expired one (403) starts a new conversation.
  function session() {
    var previous = saved();
    var fresh = function () {
      return post('/api/directline/token').then(function (s) {
        return { conversationId: s.conversationId, token: s.token, resumed: false };
      });
    };

    if (!previous || !previous.token) {
      return fresh();
    }

    return post(directLineDomain + '/tokens/refresh', previous.token)
      .then(function (s) {
        return { conversationId: s.conversationId, token: s.token, resumed: true };
      })
      .catch(fresh);
  }

  function start(s) {
    save(s);
    var options = { token: s.token, domain: directLineDomain, webSocket: true };
    if (s.resumed) {
      // With a conversation id DirectLineJS reconnects instead of starting again, and the stream replays the history.
      options.conversationId = s.conversationId;
    }

    var directLine = window.WebChat.createDirectLine(options);
    directLine.connectionStatus$.subscribe(function (status) {
      // 2 online, 3 token expired, 4 failed to connect, 5 ended (DirectLineJS ConnectionStatus).
      if (status === 2) {
        showStatus('');
      } else if (status === 3 || status === 4) {
        showStatus('We lost the connection. Reload the page to continue where you left off.');
      } else if (status === 5) {
        window.sessionStorage.removeItem(storageKey);
        showStatus('This conversation has ended. Reload the page to start a new one.');
      }
    });

    // DirectLineJS refreshes its token every 15 minutes; keep the newest one for the next reload.
    window.addEventListener('pagehide', function () {
      if (directLine.token) {
        save({ conversationId: s.conversationId, token: directLine.token });
      }
    });

    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        nonce: config.nonce,
        overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: config.inputPlaceholder },
        styleOptions: {
          accent: config.accentColor,
          backgroundColor: config.backgroundColor,
          botAvatarInitials: config.botAvatarImage ? undefined : config.botAvatarInitials,
          botAvatarImage: config.botAvatarImage || undefined,
          userAvatarInitials: config.userAvatarInitials,
          hideUploadButton: true,
          suggestedActionLayout: 'flow'
        }
      },
      document.getElementById('webchat')
    );
  }

  session().then(start).catch(function () {
    showStatus('The chat could not start. Please check your connection and reload the page.');
  });
})();
