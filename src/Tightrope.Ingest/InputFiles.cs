using System.Text;
using Tightrope.Ingest.Readers;
using Tightrope.Pipeline;

namespace Tightrope.Ingest;

/// <summary>
/// Turns the paths given to <c>tightrope ingest</c> into documents: folders are walked recursively; .txt is one
/// article, .html/.htm a web page, .jsonl a batch of input records, .rss/.atom/.xml a feed. Streaming: a JSONL file
/// is read line by line. Problems come back as items with an error, never as exceptions.
/// </summary>
public static class InputFiles
{
    private static readonly string[] s_extensions = [".txt", ".html", ".htm", ".jsonl", ".rss", ".atom", ".xml"];

    /// <summary>Every document of every input, in path order.</summary>
    public static IEnumerable<IngestItem> Read(IEnumerable<string> paths, DateOnly? defaultDate, string? source, int maxChars)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => s_extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    foreach (var item in ReadFile(file, defaultDate, source, maxChars))
                    {
                        yield return item;
                    }
                }
            }
            else if (File.Exists(path))
            {
                foreach (var item in ReadFile(path, defaultDate, source, maxChars))
                {
                    yield return item;
                }
            }
            else
            {
                yield return new IngestItem(path, null, Problems.NotFound);
            }
        }
    }

    private static IEnumerable<IngestItem> ReadFile(string file, DateOnly? defaultDate, string? source, int maxChars)
    {
        string extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension == ".jsonl")
        {
            foreach (var item in ReadJsonl(file, defaultDate, source, maxChars))
            {
                yield return item;
            }

            yield break;
        }

        var (read, problem) = ArticleReader.Read(file, maxChars, () => Stream.Null);
        if (problem is not null || read is null)
        {
            yield return new IngestItem(file, null, problem?.Message ?? Problems.Empty);
            yield break;
        }

        string text = read;
        if (extension is ".rss" or ".atom" or ".xml" || (extension != ".txt" && FeedReader.LooksLikeFeed(text[..Math.Min(text.Length, 512)])))
        {
            foreach (var item in FeedReader.Read(file, text, source))
            {
                yield return WithDefaults(item, defaultDate, source);
            }

            yield break;
        }

        if (extension is ".html" or ".htm")
        {
            yield return WithDefaults(HtmlArticleReader.Read(file, text, source), defaultDate, source);
            yield break;
        }

        yield return new IngestItem(file, new Document { Text = text, Date = defaultDate, Source = source, Title = FirstLine(text) }, null);
    }

    private static IEnumerable<IngestItem> ReadJsonl(string file, DateOnly? defaultDate, string? source, int maxChars)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new IngestItem(file, null, Problems.CannotOpen(e.Message))];
        }

        return Lines(stream, file, defaultDate, source, maxChars);
    }

    private static IEnumerable<IngestItem> Lines(Stream stream, string file, DateOnly? defaultDate, string? source, int maxChars)
    {
        using (stream)
        {
            foreach (var line in JsonlDocumentReader.Read(stream, file, maxChars))
            {
                string where = $"{file}:{line.Line}";
                yield return line.Problem is not null
                    ? new IngestItem(where, null, line.Problem.Message)
                    : WithDefaults(new IngestItem(where, line.Document, null), defaultDate, source);
            }
        }
    }

    private static IngestItem WithDefaults(IngestItem item, DateOnly? date, string? source) =>
        item.Document is null ? item : item with { Document = item.Document with { Date = item.Document.Date ?? date, Source = item.Document.Source ?? source } };

    private static string FirstLine(string text)
    {
        var line = text.AsSpan().TrimStart();
        int nl = line.IndexOf('\n');
        var first = (nl < 0 ? line : line[..nl]).Trim();
        return first.Length > 200 ? new StringBuilder().Append(first[..200]).Append('…').ToString() : first.ToString();
    }
}
