using AngleSharp.Html.Parser;
using Tightrope.Pipeline;

namespace Tightrope.Ingest.Readers;

/// <summary>
/// The main text of a web page, with its title and published date from the page's metadata. SmartReader's
/// readability extraction first; for short pages it declines, so the fallback keeps the &lt;article&gt; (or the
/// body) without navigation, headers, footers, asides and scripts.
/// </summary>
public static class HtmlArticleReader
{
    private static readonly HtmlParser s_parser = new();
    private static readonly string[] s_dateMeta = ["article:published_time", "og:published_time", "pubdate", "publishdate", "date", "dc.date"];

    /// <summary>Reads an HTML page already decoded to <paramref name="html"/>.</summary>
    public static IngestItem Read(string origin, string html, string? source)
    {
        ArgumentNullException.ThrowIfNull(html);
        string? text = null;
        string? title = null;
        DateOnly? date = null;
        try
        {
            var article = SmartReader.Reader.ParseArticle("https://localhost/" + Path.GetFileName(origin), html);
            if (article.IsReadable && !string.IsNullOrWhiteSpace(article.TextContent))
            {
                text = article.TextContent.Trim();
            }

            title = article.Title;
            date = article.PublicationDate is { Year: >= 1900 } published ? DateOnly.FromDateTime(published) : null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // fall through to the plain extraction below
        }

        using var document = s_parser.ParseDocument(html);
        if (text is null)
        {
            foreach (var noise in document.QuerySelectorAll("script, style, nav, header, footer, aside, noscript, form").ToList())
            {
                noise.Remove();
            }

            var main = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
            var paragraphs = main?.QuerySelectorAll("p, h1, h2, h3").Select(p => p.TextContent.Trim()).Where(t => t.Length > 0).ToList();
            text = paragraphs is { Count: > 0 } ? string.Join("\n\n", paragraphs) : main?.TextContent.Trim();
        }

        title ??= document.Title;
        date ??= MetaDate(document);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new IngestItem(origin, null, "no article text found in the HTML page");
        }

        return new IngestItem(origin, new Document { Text = text, Title = title, Date = date, Source = source }, null);
    }

    private static DateOnly? MetaDate(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            string key = (meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? string.Empty).ToLowerInvariant();
            if (s_dateMeta.Contains(key) && meta.GetAttribute("content") is { Length: >= 10 } content
                && DateOnly.TryParseExact(content[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d))
            {
                return d;
            }
        }

        return null;
    }
}
