using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Parser;
using Tightrope.Pipeline;

namespace Tightrope.Ingest.Readers;

/// <summary>
/// RSS 2.0 and Atom feeds: each item a document, dated by the item, its HTML reduced to text; an item with no
/// description or content is coded from its title.
/// </summary>
public static class FeedReader
{
    private static readonly HtmlParser s_html = new();

    /// <summary>True when <paramref name="head"/> (the start of a file) looks like an RSS or Atom feed.</summary>
    public static bool LooksLikeFeed(string head) =>
        head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase);

    /// <summary>The items of a feed; a malformed feed gives one item with the error.</summary>
    public static IEnumerable<IngestItem> Read(string origin, string xml, string? source)
    {
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            feed = SyndicationFeed.Load(reader);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or FormatException)
        {
            return [new IngestItem(origin, null, $"not a valid RSS or Atom feed ({FirstLine(e.Message)})")];
        }

        var items = new List<IngestItem>();
        int n = 0;
        foreach (var item in feed.Items)
        {
            n++;
            string where = $"{origin}#{n}";
            string body = item.Content is TextSyndicationContent content ? content.Text : item.Summary?.Text ?? string.Empty;
            string text = ToText(body);
            if (text.Length == 0)
            {
                text = ToText(item.Title?.Text ?? string.Empty); // a headline-only item: its headline is all the news it carries
            }

            if (text.Length == 0)
            {
                items.Add(new IngestItem(where, null, "feed item has no text"));
                continue;
            }

            var when = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            items.Add(new IngestItem(where, new Document
            {
                Text = text,
                Title = item.Title?.Text,
                Url = item.Links.FirstOrDefault()?.Uri?.ToString(),
                Date = when == default ? null : DateOnly.FromDateTime(when.UtcDateTime),
                Source = source ?? feed.Title?.Text,
            }, null));
        }

        return items;
    }

    /// <summary>Visible text of an HTML fragment (feeds often carry HTML in their descriptions).</summary>
    public static string ToText(string fragment)
    {
        if (!fragment.Contains('<', StringComparison.Ordinal))
        {
            return System.Net.WebUtility.HtmlDecode(fragment).Trim();
        }

        using var document = s_html.ParseDocument("<body>" + fragment + "</body>");
        return (document.Body?.TextContent ?? string.Empty).Trim();
    }

    private static string FirstLine(string message)
    {
        int nl = message.IndexOf('\n');
        return (nl < 0 ? message : message[..nl]).Trim();
    }
}
