using System.Text.Encodings.Web;
using System.Text.Json;

namespace BotCare.Web;

/// <summary>
/// The chat page's HTML. Company settings are encoded for HTML where they are shown and handed to the page
/// script as JSON (escaped so nothing can close the script element), never pasted in raw.
/// </summary>
public static class ChatPage
{
    private static readonly JsonSerializerOptions ConfigJson = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Default };

    /// <summary>Web Chat also inserts one empty style element without the nonce; this hash allows exactly that (nothing).</summary>
    private const string EmptyStyleHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    public static string Render(ChatOptions chat, string nonce)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var html = HtmlEncoder.Default;
        var config = JsonSerializer.Serialize(new
        {
            chat.CompanyName,
            chat.AccentColor,
            chat.BackgroundColor,
            chat.BotAvatarInitials,
            chat.BotAvatarImage,
            chat.UserAvatarInitials,
            chat.InputPlaceholder,
            nonce,
        }, ConfigJson);

        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{html.Encode(chat.Title)}} · {{html.Encode(chat.CompanyName)}}</title>
              <link rel="icon" href="data:,">
              <link rel="stylesheet" href="/chat.css">
            </head>
            <body>
              <header class="chat-header">
                <h1>{{html.Encode(chat.Title)}}</h1>
                <p>{{html.Encode(chat.Subtitle)}}</p>
              </header>
              <main id="webchat" class="chat-body" role="main" aria-label="{{html.Encode(chat.Title)}}"></main>
              <p id="chat-status" class="chat-status" role="status" hidden></p>
              <script type="application/json" id="botcare-config">{{config}}</script>
              <script src="/lib/webchat.js"></script>
              <script src="/chat.js"></script>
            </body>
            </html>
            """;
    }

    /// <summary>
    /// Scripts only from this site, Web Chat's style sheets by nonce (its style attributes are allowed: they cannot run code), connections only back here (including the
    /// WebSocket), and framing only by this site and the origins allowed to embed the chat.
    /// </summary>
    public static string ContentSecurityPolicy(string nonce, IEnumerable<string> embeddingOrigins)
    {
        var ancestors = string.Join(' ', embeddingOrigins.Select(o => o.TrimEnd('/')).Prepend("'self'"));
        return $"default-src 'self'; script-src 'self'; style-src 'self' 'nonce-{nonce}' '{EmptyStyleHash}'; style-src-attr 'unsafe-inline'; img-src 'self' data: blob: https:; " +
            $"connect-src 'self' ws: wss:; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors {ancestors}";
    }
}
