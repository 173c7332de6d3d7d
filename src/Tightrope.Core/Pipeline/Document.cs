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
}
