using System.Text.Encodings.Web;

namespace BotCare.Web;

/// <summary>
/// The agents' sign-in form and the console shell; every value shown is encoded for HTML. The shell is the frame the
/// console's script (<c>/agent/console.js</c>) fills in: the top bar, the three panes and their empty states. It holds
/// no customer data; the script fetches that and builds it with text nodes, never markup.
/// </summary>
public static class AgentSignInPage
{
    public const string ConsoleScript = "/agent/console.js";
    public const string SignalRScript = "/agent/lib/signalr.min.js";

    /// <param name="companyName">Shown in the heading.</param>
    /// <param name="antiforgeryField">The form field the antiforgery token goes in.</param>
    /// <param name="antiforgeryToken">The token.</param>
    /// <param name="error">Why the last attempt failed, when it did.</param>
    /// <param name="name">The name typed last time.</param>
    /// <param name="externalProvider">What to call the company's identity provider, when sign-in with it is configured.</param>
    public static string SignIn(string companyName, string antiforgeryField, string antiforgeryToken, string? error = null, string? name = null, string? externalProvider = null)
    {
        var html = HtmlEncoder.Default;
        var message = error is null ? string.Empty : $"""<p class="signin-error" role="alert">{html.Encode(error)}</p>""";
        var external = externalProvider is null ? string.Empty : $"""
                <p class="signin-or">or</p>
                <a class="signin-external" href="{AgentOpenIdConnect.StartPath}">Sign in with {html.Encode(externalProvider)}</a>
            """;
        return Page($"Sign in · {companyName}", $$"""
              <main class="signin">
                <h1>{{html.Encode(companyName)}} agent console</h1>
                {{message}}
                <form method="post" action="{{AgentAuthentication.SignInPath}}">
                  <input type="hidden" name="{{html.Encode(antiforgeryField)}}" value="{{html.Encode(antiforgeryToken)}}">
                  <label>Name <input name="name" autocomplete="username" required value="{{html.Encode(name ?? string.Empty)}}"></label>
                  <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
                  <button type="submit">Sign in</button>
                </form>
                {{external}}
              </main>
            """);
    }

    /// <summary>
    /// The console: top bar (company, the chats and promises views, agent, presence as stored: <c>online</c>,
    /// <c>away</c> or <c>offline</c>, sign-out), queue, chat, case; and the promises view, hidden until chosen.
    /// </summary>
    public static string ConsoleShell(string companyName, string displayName, string role, string presence, string antiforgeryField, string antiforgeryToken)
    {
        var html = HtmlEncoder.Default;
        var name = html.Encode(displayName);
        var roleText = html.Encode(role);
        string Option(string value, string label) =>
            $"""<option value="{value}"{(string.Equals(presence, value, StringComparison.OrdinalIgnoreCase) ? " selected" : string.Empty)}>{label}</option>""";

        return Page($"Agent console · {companyName}", $$"""
              <a class="skip-link" href="#chat-pane">Skip to the chat</a>
              <header class="topbar">
                <div class="brand">
                  <span class="brand-mark" aria-hidden="true"></span>
                  <span class="brand-company">{{html.Encode(companyName)}}</span>
                  <span class="brand-product">Agent console</span>
                </div>
                <nav class="view-switch" aria-label="Views">
                  <button type="button" class="view-tab" id="view-chats" data-testid="view-chats" aria-pressed="true">Chats</button>
                  <button type="button" class="view-tab" id="view-promises" data-testid="view-promises" aria-pressed="false">Promises <span class="count count-risk" id="promises-badge" data-testid="promises-badge" hidden>0</span></button>
                </nav>
                <p class="live-status" id="live-status" role="status" data-state="connecting"><span class="live-dot" aria-hidden="true"></span><span class="live-text">Connecting…</span></p>
                <div class="topbar-end">
                  <label class="presence" data-presence="{{html.Encode(presence.ToLowerInvariant())}}">
                    <span class="presence-dot" aria-hidden="true"></span>
                    <span class="visually-hidden">Your presence</span>
                    <select id="presence-select" data-testid="presence-select">
                      {{Option("online", "Online")}}
                      {{Option("away", "Away")}}
                      {{Option("offline", "Offline")}}
                    </select>
                  </label>
                  <div class="whoami" id="whoami" data-role="{{roleText}}">
                    <span class="visually-hidden">Signed in as {{name}} ({{roleText}})</span>
                    <span class="avatar" aria-hidden="true" id="whoami-initials"></span>
                    <span class="whoami-text" aria-hidden="true">
                      <span class="whoami-name" id="whoami-name">{{name}}</span>
                      <span class="whoami-role">{{roleText}}</span>
                    </span>
                  </div>
                  {{(role == nameof(Cases.AgentRole.Admin) ? $"""<a class="btn btn-quiet" href="{DataProtectionEndpoints.PagePath}">Data protection</a>""" : string.Empty)}}
                  <form class="signout" method="post" action="/agent/signout">
                    <input type="hidden" name="{{html.Encode(antiforgeryField)}}" value="{{html.Encode(antiforgeryToken)}}">
                    <button type="submit" class="btn btn-quiet">Sign out</button>
                  </form>
                </div>
              </header>
              <div class="banner banner-error" id="error-banner" data-testid="error-banner" role="alert" hidden>
                <span class="banner-text" id="error-text"></span>
                <button type="button" class="banner-close" id="error-close" aria-label="Dismiss the error">×</button>
              </div>
              <p class="toast" id="toast" role="status" aria-live="polite" hidden></p>
              <div class="risk-toast" id="risk-toast" data-testid="risk-toast" role="alert" hidden>
                <span class="risk-toast-text" id="risk-toast-text"></span>
                <button type="button" class="btn btn-small" id="risk-toast-show">Show promises</button>
                <button type="button" class="banner-close" id="risk-toast-close" aria-label="Dismiss the warning">×</button>
              </div>
              <main class="console">
                <nav class="pane queue-pane" id="queue-pane" aria-label="Chats">
                  <section class="queue-section" aria-labelledby="mine-heading">
                    <h2 class="pane-heading" id="mine-heading">My chats <span class="count" id="mine-count">0</span></h2>
                    <ul class="queue-list" id="mine-list" data-empty="mine"></ul>
                  </section>
                  <section class="queue-section" aria-labelledby="waiting-heading">
                    <h2 class="pane-heading" id="waiting-heading">Waiting <span class="count" id="waiting-count">0</span></h2>
                    <ul class="queue-list" id="waiting-list" data-empty="waiting"></ul>
                  </section>
                  <section class="queue-section" id="others-section" aria-labelledby="others-heading" hidden>
                    <h2 class="pane-heading" id="others-heading">With other agents <span class="count" id="others-count">0</span></h2>
                    <ul class="queue-list" id="others-list" data-empty="others"></ul>
                  </section>
                  <section class="queue-section" id="live-section" aria-labelledby="live-heading" hidden>
                    <h2 class="pane-heading" id="live-heading">With the bot <span class="count" id="live-count">0</span></h2>
                    <ul class="queue-list" id="live-list" data-empty="live"></ul>
                  </section>
                </nav>
                <section class="pane chat-pane" id="chat-pane" aria-label="Conversation" tabindex="-1">
                  <div class="empty-state empty-state-large" id="chat-empty">
                    <p class="empty-title">Pick a chat from the queue</p>
                    <p class="empty-text">The customer's brief, the conversation and your reply box open here.</p>
                  </div>
                </section>
                <aside class="pane case-pane" id="case-pane" data-testid="case-panel" aria-label="Case and actions">
                  <div class="empty-state" id="case-empty">
                    <p class="empty-title">No chat open</p>
                    <p class="empty-text">The case, the remedy policy and what you can do next show here.</p>
                  </div>
                </aside>
              </main>
              <section class="promises-view" id="promises-view" data-testid="promises-view" aria-label="Promises" tabindex="-1" hidden></section>
              <noscript><p class="banner banner-error">The agent console needs JavaScript to show the queue and chats.</p></noscript>
            """, ["/agent.css", "/agent/console.css", "/agent/promises.css"], [SignalRScript], [ConsoleScript], "console-page");
    }

    private static string Page(string title, string body) => Page(title, body, ["/agent.css"], [], [], "signin-page");

    private static string Page(string title, string body, string[] styles, string[] scripts, string[] modules, string bodyClass)
    {
        var html = HtmlEncoder.Default;
        var links = string.Concat(styles.Select(s => $"""

              <link rel="stylesheet" href="{html.Encode(s)}">
            """));
        var classic = string.Concat(scripts.Select(s => $"""

            <script src="{html.Encode(s)}"></script>
            """));
        var module = string.Concat(modules.Select(s => $"""

            <script type="module" src="{html.Encode(s)}"></script>
            """));
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{html.Encode(title)}</title>
              <link rel="icon" href="data:,">{links}
            </head>
            <body class="{bodyClass}">
            {body}{classic}{module}
            </body>
            </html>
            """;
    }
}
