using System.Text.Json;
using Microsoft.Playwright;
using Xunit;

namespace Tightrope.Web.Tests.Browser;

/// <summary>Every view of the dashboard in headless Chromium over the seeded store: open, interact, check what is shown.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(BrowserFixture fixture)
{
    private async Task<(IPage Page, List<string> Errors)> Open(string hash)
    {
        var (page, errors) = await fixture.NewPage();
        await page.GotoAsync($"{fixture.BaseUrl}/#{hash}");
        await page.WaitForSelectorAsync("main[data-ready=true]");
        return (page, errors);
    }

    /// <summary>Saves a screenshot, and fails when the view shows an error box (a view catches its own failures).</summary>
    private async Task Shot(IPage page, string name)
    {
        try
        {
            // Let the charts finish their entry animation so that the picture shows them whole.
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.chart')].every(c => c.dataset.drawn === 'true')",
                null, new PageWaitForFunctionOptions { Timeout = 5000 });
        }
        catch (TimeoutException)
        {
            // A force layout may keep moving; the picture is taken anyway.
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.Screenshots, name + ".png"), FullPage = true });
        var shown = await page.Locator("[data-testid=error]").AllInnerTextsAsync();
        Assert.True(shown.Count == 0, $"the {name} view shows an error: {string.Join(" | ", shown)}");
    }

    [Fact]
    public async Task Given_the_overview_When_opened_Then_totals_types_and_top_dyads_show_and_a_dyad_opens_on_click()
    {
        var (page, errors) = await Open("overview");

        string totals = await page.InnerTextAsync("[data-testid=totals]");
        int dyads = await page.Locator("[data-testid=top-dyads] tbody tr").CountAsync();
        bool chartDrawn = await page.Locator("[data-testid=types-chart] canvas").CountAsync() > 0;
        await Shot(page, "overview");
        await page.Locator("[data-testid=top-dyads] tbody tr").First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=dyad-summary]:has-text('↔')");

        Assert.Contains("87", totals, StringComparison.Ordinal);
        Assert.Contains("Documents", totals, StringComparison.Ordinal);
        Assert.True(dyads >= 5);
        Assert.True(chartDrawn);
        Assert.Contains("#dyad?a=KOR&b=CHN", page.Url, StringComparison.Ordinal);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Given_the_dyad_view_When_a_dyad_is_chosen_and_a_bar_clicked_Then_that_periods_events_show_their_evidence()
    {
        var (page, errors) = await Open("dyad");
        await page.FillAsync("[data-testid=actor-a]", "KOR");
        await page.FillAsync("[data-testid=actor-b]", "USA");
        await page.ClickAsync("[data-testid=dyad-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=dyad-summary]:has-text('KOR ↔ USA')");
        await page.WaitForSelectorAsync("[data-testid=dyad-chart][data-drawn=true]");

        // Click the tallest bar where the chart draws it: ECharts maps the data point to a canvas pixel.
        string json = await page.EvaluateAsync<string>("""
            () => {
              const c = window.tightrope.charts[0];
              const option = c.getOption();
              const totals = option.xAxis[0].data.map((_, i) => option.series.slice(0, 4).reduce((s, x) => s + (x.data[i] || 0), 0));
              const i = totals.indexOf(Math.max(...totals));
              const series = option.series.slice(0, 4).findIndex((x) => x.data[i] > 0);
              const bar = c.getModel().getSeriesByIndex(series).getData().getItemLayout(i);
              const box = c.getDom().getBoundingClientRect();
              return JSON.stringify({ x: box.left + bar.x + bar.width / 2, y: box.top + bar.y + bar.height / 2, period: option.xAxis[0].data[i] });
            }
            """);
        var target = JsonDocument.Parse(json).RootElement;
        await page.Mouse.ClickAsync(target.GetProperty("x").GetSingle(), target.GetProperty("y").GetSingle());
        await page.WaitForSelectorAsync("[data-testid=period-events] [data-testid=event]");
        string title = await page.InnerTextAsync("[data-testid=period-title]");
        int cards = await page.Locator("[data-testid=period-events] [data-testid=event]").CountAsync();
        int triggers = await page.Locator("[data-testid=period-events] [data-testid=evidence] mark.trigger").CountAsync();
        int actors = await page.Locator("[data-testid=period-events] [data-testid=evidence] mark.actor").CountAsync();
        await Shot(page, "dyad");

        Assert.Contains("KOR ↔ USA, " + target.GetProperty("period").GetString(), title, StringComparison.Ordinal);
        Assert.True(cards >= 1);
        Assert.Equal(cards, triggers);
        Assert.True(actors >= 1);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Given_an_event_card_When_its_document_link_is_followed_Then_the_document_shows_with_marked_events()
    {
        var (page, errors) = await Open("events?actor=PRK");
        await page.Locator("[data-testid=event-row]").First.ClickAsync();
        await page.ClickAsync("[data-testid=doc-link]");
        await page.WaitForSelectorAsync("[data-testid=doc-text] mark.trigger");
        int marks = await page.Locator("[data-testid=doc-text] mark.trigger").CountAsync();
        await Shot(page, "document");

        Assert.Contains("#document?id=", page.Url, StringComparison.Ordinal);
        Assert.True(marks >= 1);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Given_the_balance_view_When_opened_Then_the_index_of_korea_between_the_powers_is_drawn()
    {
        var (page, errors) = await Open("balance?m=KOR&a=USA&b=CHN");
        string summary = await page.InnerTextAsync("[data-testid=balance-summary]");
        int points = await page.EvaluateAsync<int>("() => window.tightrope.charts[0].getOption().series[0].data.length");
        bool inRange = await page.EvaluateAsync<bool>("() => window.tightrope.charts[0].getOption().series[0].data.every(v => v >= -1 && v <= 1)");
        await Shot(page, "balance");

        Assert.StartsWith("KOR between USA (+1) and CHN (−1)", summary, StringComparison.Ordinal);
        Assert.True(points >= 10);
        Assert.True(inRange);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Given_the_network_view_When_a_period_is_chosen_Then_actors_and_coloured_dyads_are_drawn()
    {
        var (page, errors) = await Open("network");
        await page.FillAsync("[data-testid=network-form] input[name=since]", "2025-01-01");
        await page.FillAsync("[data-testid=network-form] input[name=until]", "2025-12-31");
        await page.ClickAsync("[data-testid=network-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=network-summary]:has-text('2025-12-31')");
        string summary = await page.InnerTextAsync("[data-testid=network-summary]");
        int nodes = await page.EvaluateAsync<int>("() => window.tightrope.charts[0].getOption().series[0].data.length");
        string colours = await page.EvaluateAsync<string>("() => [...new Set(window.tightrope.charts[0].getOption().series[0].links.map(l => l.lineStyle.color))].join(',')");
        await Shot(page, "network");

        Assert.Contains("actors", summary, StringComparison.Ordinal);
        Assert.True(nodes >= 4);
        Assert.Contains("#2e8b57", colours, StringComparison.Ordinal);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Given_the_map_view_When_opened_Then_located_events_sit_on_the_shipped_world_outline()
    {
        var (page, errors) = await Open("map");
        string summary = await page.InnerTextAsync("[data-testid=map-summary]");
        int rows = await page.Locator("[data-testid=places] tbody tr").CountAsync();
        string places = await page.InnerTextAsync("[data-testid=places]");
        bool world = await page.EvaluateAsync<bool>("() => !!echarts.getMap('world')");
        string json = await page.EvaluateAsync<string>("""
            () => {
              // The place whose circle lies farthest from any other, so that the click cannot land on a neighbour.
              const c = window.tightrope.charts[0];
              const points = c.getOption().series[0].data.map((d) => ({ name: d.name, xy: c.convertToPixel({ seriesIndex: 0 }, d.value.slice(0, 2)) }));
              const gap = (p) => Math.min(...points.filter((q) => q !== p).map((q) => Math.hypot(p.xy[0] - q.xy[0], p.xy[1] - q.xy[1])));
              const lone = points.reduce((a, b) => (gap(b) > gap(a) ? b : a));
              const box = c.getDom().getBoundingClientRect();
              return JSON.stringify({ x: box.left + lone.xy[0], y: box.top + lone.xy[1], name: lone.name });
            }
            """);
        var lone = JsonDocument.Parse(json).RootElement;
        await page.Mouse.ClickAsync(lone.GetProperty("x").GetSingle(), lone.GetProperty("y").GetSingle());
        await page.WaitForSelectorAsync("[data-testid=place-events] [data-testid=event]");
        string title = await page.InnerTextAsync("[data-testid=place-title]");
        int locations = await page.Locator("[data-testid=place-events] [data-testid=evidence] mark.location").CountAsync();
        await Shot(page, "map");

        Assert.Contains("places with located events", summary, StringComparison.Ordinal);
        Assert.True(rows >= 3);
        Assert.Contains("Seoul", places, StringComparison.Ordinal);
        Assert.True(world);
        Assert.StartsWith(lone.GetProperty("name").GetString() + ": ", title, StringComparison.Ordinal);
        Assert.True(locations >= 1);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Given_the_events_table_When_searched_Then_rows_match_evidence_expands_and_the_csv_link_carries_the_filter()
    {
        var (page, errors) = await Open("events");
        await page.FillAsync("[data-testid=search]", "missile");
        await page.ClickAsync("[data-testid=events-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=events-info][data-query='q=missile']");
        var sentences = await page.Locator("[data-testid=event-row] td:last-child").AllInnerTextsAsync();
        await page.Locator("[data-testid=event-row]").First.ClickAsync();
        int triggers = await page.Locator("[data-testid=evidence] mark.trigger").CountAsync();
        string? csv = await page.GetAttributeAsync("[data-testid=csv]", "href");
        await Shot(page, "events");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=csv]"));
        string saved = Path.Combine(fixture.Screenshots, "events.csv");
        await download.SaveAsAsync(saved);
        string[] lines = File.ReadAllLines(saved);

        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.Contains("missile", s, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(1, triggers);
        Assert.Equal("/api/events.csv?q=missile", csv);
        Assert.Equal(sentences.Count + 1, lines.Length);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Given_pasted_markup_When_coded_Then_it_is_shown_as_text_and_never_run()
    {
        var (page, errors) = await Open("code");
        await page.FillAsync("[data-testid=code-text]", "<img src=x onerror=\"window.injected=1\"> South Korea protested to China on Monday.");
        await page.ClickAsync("[data-testid=code-run]");
        await page.WaitForSelectorAsync("[data-testid=code-summary]");
        string shown = await page.InnerTextAsync("[data-testid=code-highlighted]");
        int images = await page.Locator("[data-testid=code-highlighted] img").CountAsync();
        bool ran = await page.EvaluateAsync<bool>("() => window.injected === 1");
        await Shot(page, "code-markup");

        Assert.StartsWith("<img src=x onerror=", shown, StringComparison.Ordinal);
        Assert.Equal(0, images);
        Assert.False(ran);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Given_pasted_text_When_coded_Then_events_are_listed_and_their_spans_marked_in_the_text()
    {
        var (page, errors) = await Open("code");
        await page.FillAsync("[data-testid=code-text]", "South Korea accused China of harassing its fishermen on Tuesday. Japan and South Korea held talks in Tokyo.");
        await page.FillAsync("[data-testid=code-date]", "2026-02-10");
        await page.ClickAsync("[data-testid=code-run]");
        await page.WaitForSelectorAsync("[data-testid=code-summary]");
        string summary = await page.InnerTextAsync("[data-testid=code-summary]");
        var triggers = await page.Locator("[data-testid=code-highlighted] mark.trigger").AllInnerTextsAsync();
        var actors = await page.Locator("[data-testid=code-highlighted] mark.actor").AllInnerTextsAsync();
        string table = await page.InnerTextAsync("[data-testid=code-events]");
        await Shot(page, "code");

        Assert.Matches("^[1-9][0-9]* events in 2 sentences$", summary);
        Assert.Contains("accused", triggers);
        Assert.Contains("South Korea", actors);
        Assert.Contains("ACCUSE", table, StringComparison.Ordinal);
        Assert.Empty(errors);
        await page.CloseAsync();
    }
}
