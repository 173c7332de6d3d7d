namespace Tightrope.Pipeline;

/// <summary>An article to code: its text plus what is known about it.</summary>
public sealed record Document
{
    /// <summary>Document id; when null the pipeline derives one from a hash of the text.</summary>
    public string? Id { get; init; }

    /// <summary>Publication (story) date, when known.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The article text (UTF-8 decoded).</summary>
    public required string Text { get; init; }

    /// <summary>Headline.</summary>
    public string? Title { get; init; }

    /// <summary>Where it came from.</summary>
    public string? Url { get; init; }

    /// <summary>Publisher or feed name.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// This document with its headline as the text's first paragraph, so the headline is coded like any sentence and
    /// every offset still points into the one text that is kept. Unchanged when there is no headline or the text
    /// already begins with it (plain-text files, whose headline is their first line).
    /// </summary>
    public Document WithHeadline()
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            return this;
        }

        string headline = Title.Trim();
        return Text.AsSpan().TrimStart().StartsWith(headline, StringComparison.OrdinalIgnoreCase)
            ? this
            : this with { Text = headline + "\n\n" + Text };
    }
}
