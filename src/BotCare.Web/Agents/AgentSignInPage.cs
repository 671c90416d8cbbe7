using System.Text.Encodings.Web;

namespace BotCare.Web;

/// <summary>The agents' sign-in form and the signed-in landing page; every value shown is encoded for HTML.</summary>
public static class AgentSignInPage
{
    public static string SignIn(string companyName, string antiforgeryField, string antiforgeryToken, string? error = null, string? name = null)
    {
        var html = HtmlEncoder.Default;
        var message = error is null ? string.Empty : $"""<p class="signin-error" role="alert">{html.Encode(error)}</p>""";
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
              </main>
            """);
    }

    public static string SignedIn(string displayName, string role, string antiforgeryField, string antiforgeryToken)
    {
        var html = HtmlEncoder.Default;
        return Page("Agent console", $$"""
              <main class="signin">
                <h1>Agent console</h1>
                <p>Signed in as {{html.Encode(displayName)}} ({{html.Encode(role)}}).</p>
                <form method="post" action="/agent/signout">
                  <input type="hidden" name="{{html.Encode(antiforgeryField)}}" value="{{html.Encode(antiforgeryToken)}}">
                  <button type="submit">Sign out</button>
                </form>
              </main>
            """);
    }

    private static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{HtmlEncoder.Default.Encode(title)}</title>
          <link rel="icon" href="data:,">
          <link rel="stylesheet" href="/agent.css">
        </head>
        <body>
        {body}
        </body>
        </html>
        """;
}
