using Tightrope.Pipeline;

namespace Tightrope.Ingest.Readers;

/// <summary>
/// The main text of a web page (readability extraction by SmartReader), with its title and published date from
/// the page's metadata.
/// </summary>
public static class HtmlArticleReader
{
    /// <summary>Reads an HTML page already decoded to <paramref name="html"/>.</summary>
    public static IngestItem Read(string origin, string html, string? source)
    {
        ArgumentNullException.ThrowIfNull(html);
        SmartReader.Article article;
        try
        {
            article = SmartReader.Reader.ParseArticle("https://localhost/" + Path.GetFileName(origin), html);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            return new IngestItem(origin, null, $"not a readable HTML page ({e.Message})");
        }

        string text = (article.TextContent ?? string.Empty).Trim();
        if (!article.IsReadable || text.Length == 0)
        {
            return new IngestItem(origin, null, "no article text found in the HTML page");
        }

        DateOnly? date = article.PublicationDate is { } published ? DateOnly.FromDateTime(published) : null;
        return new IngestItem(origin, new Document { Text = text, Title = article.Title, Date = date, Source = source ?? article.SiteName, Url = null }, null);
    }
}
