using System.Text.Encodings.Web;

namespace BotCare.Web;

/// <summary>
/// The admins' data-protection page: the frame that <c>/admin/data.js</c> fills in with text nodes, never markup.
/// It holds no customer data itself.
/// </summary>
public static class DataProtectionPage
{
    public const string Script = "/admin/data.js";

    public const string SecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

    public static string Shell(string companyName, string displayName, string antiforgeryField, string antiforgeryToken)
    {
        var html = HtmlEncoder.Default;
        return Page($"Data protection · {companyName}", $$"""
              <header class="topbar">
                <div class="brand">
                  <span class="brand-mark" aria-hidden="true"></span>
                  <span class="brand-company">{{html.Encode(companyName)}}</span>
                  <span class="brand-product">Data protection</span>
                </div>
                <div class="topbar-end">
                  <a class="btn btn-quiet" href="/agent">Agent console</a>
                  <span class="whoami-name">{{html.Encode(displayName)}}</span>
                  <form class="signout" method="post" action="/agent/signout">
                    <input type="hidden" name="{{html.Encode(antiforgeryField)}}" value="{{html.Encode(antiforgeryToken)}}">
                    <button type="submit" class="btn btn-quiet">Sign out</button>
                  </form>
                </div>
              </header>
              <div class="banner banner-error" id="error-banner" role="alert" hidden><span class="banner-text" id="error-text"></span></div>
              <main class="data-page">
                <section class="data-card" aria-labelledby="erase-heading">
                  <h2 id="erase-heading">Erase a customer's data</h2>
                  <p class="hint">Everything BotCare holds about the customer goes: chats, transcripts, cases, notes, promises and their place in the queue. A conversation id or an order number leads to the customers in it, and all their other chats go too. This cannot be undone.</p>
                  <form id="erase-form" class="erase-form">
                    <label>Find by
                      <select id="erase-kind" name="kind">
                        <option value="customerId">Customer id (channel user id)</option>
                        <option value="conversationId">Conversation id</option>
                        <option value="orderNumber">Order number</option>
                      </select>
                    </label>
                    <label>Value <input id="erase-value" name="value" autocomplete="off" required maxlength="{{ErasureRequest.MaxLength}}"></label>
                    <button type="submit" class="btn">Erase…</button>
                  </form>
                  <div id="erase-confirm" class="confirm" role="alertdialog" aria-labelledby="confirm-text" hidden>
                    <p id="confirm-text"></p>
                    <button type="button" class="btn btn-danger" id="confirm-erase">Erase permanently</button>
                    <button type="button" class="btn btn-quiet" id="cancel-erase">Cancel</button>
                  </div>
                  <div id="erase-result" class="report" aria-live="polite" hidden></div>
                </section>
                <section class="data-card" aria-labelledby="reports-heading">
                  <h2 id="reports-heading">Past erasures</h2>
                  <p class="hint">Kept as proof. Customers, conversations and orders appear only as keyed hashes (#…), never as they were.</p>
                  <table class="reports"><thead><tr><th>When</th><th>By</th><th>Asked for</th><th>Customers</th><th>Conversations</th><th>Records removed</th></tr></thead><tbody id="reports-body"></tbody></table>
                  <p id="reports-empty" class="hint" hidden>No erasures yet.</p>
                </section>
                <section class="data-card" aria-labelledby="retention-heading">
                  <h2 id="retention-heading">Retention</h2>
                  <p id="retention-setting"></p>
                  <p id="retention-last"></p>
                  <button type="button" class="btn" id="retention-run">Run retention now</button>
                  <div id="retention-result" class="report" aria-live="polite" hidden></div>
                </section>
              </main>
            """, Script);
    }

    public static string Forbidden(string companyName) => Page($"Data protection · {companyName}", """
          <main class="signin">
            <h1>Only admins can erase data</h1>
            <p>Ask an admin of your team, or go back to the <a href="/agent">agent console</a>.</p>
          </main>
        """, null);

    private static string Page(string title, string body, string? module)
    {
        var html = HtmlEncoder.Default;
        var script = module is null ? string.Empty : $"""<script type="module" src="{html.Encode(module)}"></script>""";
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{html.Encode(title)}</title>
              <link rel="icon" href="data:,">
              <link rel="stylesheet" href="/agent.css">
              <link rel="stylesheet" href="/agent/console.css">
              <link rel="stylesheet" href="/admin/data.css">
            </head>
            <body class="console-page">
            {body}
            {script}
            </body>
            </html>
            """;
    }
}
