using System.Text.Encodings.Web;

namespace BotCare.Web;

/// <summary>
/// The dashboard's shell: header, filters, tiles and chart frames with their empty states. It holds no case data; the
/// script (<c>/insights/insights.js</c>) fetches the figures and fills it in with text nodes and Chart.js.
/// </summary>
public static class InsightsPage
{
    public const string Script = "/insights/insights.js";
    public const string ChartScript = "/insights/lib/chart.umd.min.js";

    public static string Render(string companyName, string displayName, string role, string antiforgeryField, string antiforgeryToken)
    {
        var html = HtmlEncoder.Default;
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Insights · {{html.Encode(companyName)}}</title>
              <link rel="icon" href="data:,">
              <link rel="stylesheet" href="/insights/insights.css">
            </head>
            <body class="insights-page">
              <header class="topbar">
                <div class="brand">
                  <span class="brand-mark" aria-hidden="true"></span>
                  <span class="brand-company">{{html.Encode(companyName)}}</span>
                  <span class="brand-product">Insights</span>
                </div>
                <nav class="topbar-end" aria-label="BotCare">
                  <a class="btn btn-quiet" href="/agent">Agent console</a>
                  <span class="whoami">{{html.Encode(displayName)}} <span class="whoami-role">{{html.Encode(role)}}</span></span>
                  <form class="signout" method="post" action="/agent/signout">
                    <input type="hidden" name="{{html.Encode(antiforgeryField)}}" value="{{html.Encode(antiforgeryToken)}}">
                    <button type="submit" class="btn btn-quiet">Sign out</button>
                  </form>
                </nav>
              </header>
              <main class="dashboard" id="dashboard" aria-busy="true">
                <section class="toolbar" aria-label="Period">
                  <div class="toolbar-title">
                    <h1>Complaints and recovery</h1>
                    <p class="muted" id="period-text">Loading…</p>
                  </div>
                  <form class="filters" id="filters">
                    <div class="presets" role="group" aria-label="Quick periods">
                      <button type="button" class="preset" data-weeks="4">4 weeks</button>
                      <button type="button" class="preset" data-weeks="12">12 weeks</button>
                      <button type="button" class="preset" data-weeks="26">26 weeks</button>
                    </div>
                    <label>From <input type="date" id="from" name="from" required></label>
                    <label>To <input type="date" id="to" name="to" required></label>
                    <button type="submit" class="btn btn-primary">Apply</button>
                    <a class="btn" id="csv-link" href="/api/insights/cases.csv" download>Download CSV</a>
                  </form>
                </section>
                <p class="banner" id="error" role="alert" hidden></p>
                <p class="empty-period" id="empty" hidden>No cases in this period. Choose a longer period or another date range.</p>
                <section class="tiles" id="tiles" aria-label="Headline figures"></section>
                <section class="grid" id="charts">
                  {{Card("problems", "Problems per week by category", "Each issue a customer raised, by the week its case was opened.", "wide")}}
                  {{Card("csat-distribution", "Satisfaction scores", "CSAT answers after the follow-up, 1 (very unhappy) to 5 (very happy).", string.Empty)}}
                  {{Card("csat-trend", "Satisfaction per week", "Average CSAT of the cases opened each week.", string.Empty)}}
                  {{Card("escalations", "Escalation reasons", "Cases handed to a person, by reason.", string.Empty)}}
                  {{Card("costs", "Remedy cost by type", "Sum of money given per remedy type.", string.Empty)}}
                  {{Table("products", "Top products", "Product", "Issues")}}
                  {{Table("root-causes", "Top root causes", "Root cause", "Cases")}}
                  {{Card("commitments", "Promises to customers", "Commitments of these cases, as the ledger has them now.", string.Empty)}}
                  <article class="card full" aria-labelledby="ideas-heading">
                    <header class="card-head"><h2 id="ideas-heading">How customers say it could have been avoided</h2>
                    <p class="muted">Ideas written the same way counted together, by the main problem's category.</p></header>
                    <div class="ideas" id="ideas"></div>
                    <p class="card-empty" id="ideas-empty" hidden>No ideas from customers in this period.</p>
                  </article>
                </section>
              </main>
              <script src="{{ChartScript}}"></script>
              <script type="module" src="{{Script}}"></script>
            </body>
            </html>
            """;
    }

    private static string Card(string id, string title, string hint, string size) => $"""
        <article class="card {size}" aria-labelledby="{id}-heading">
                            <header class="card-head"><h2 id="{id}-heading">{title}</h2><p class="muted">{hint}</p></header>
                            <div class="chart-box"><canvas id="{id}-chart" role="img" aria-label="{title}"></canvas></div>
                            <p class="card-empty" id="{id}-empty" hidden>No data in this period.</p>
                          </article>
        """;

    private static string Table(string id, string title, string label, string count) => $"""
        <article class="card" aria-labelledby="{id}-heading">
                            <header class="card-head"><h2 id="{id}-heading">{title}</h2></header>
                            <table class="top-table" id="{id}-table"><thead><tr><th scope="col">{label}</th><th scope="col" class="num">{count}</th><th scope="col" class="bar-col"><span class="visually-hidden">Share</span></th></tr></thead><tbody></tbody></table>
                            <p class="card-empty" id="{id}-empty" hidden>No data in this period.</p>
                          </article>
        """;
}
