using Tightrope.Pipeline;

namespace Tightrope.Storage;

/// <summary>A document as kept in the store, with the events coded from it (or the reason it failed).</summary>
public sealed record StoredDocument
{
    /// <summary>Document id (events refer to it).</summary>
    public required string DocId { get; init; }

    /// <summary>Hash of the normalised text: the same text is stored once.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The id the input gave the document (the store keys documents by content hash).</summary>
    public string? SourceId { get; init; }

    /// <summary>Where it came from.</summary>
    public string? Url { get; init; }

    /// <summary>Headline.</summary>
    public string? Title { get; init; }

    /// <summary>Publisher or feed name.</summary>
    public string? Source { get; init; }

    /// <summary>Publication date.</summary>
    public DateOnly? StoryDate { get; init; }

    /// <summary>The text as given.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary><c>coded</c>, or <c>rejected</c> with <see cref="Error"/>.</summary>
    public string Status { get; init; } = "coded";

    /// <summary>Why the document could not be coded.</summary>
    public string? Error { get; init; }

    /// <summary>The events coded from the document.</summary>
    public IReadOnlyList<EventRecord> Events { get; init; } = [];
}

/// <summary>What one batch write did.</summary>
/// <param name="NewDocuments">Documents added.</param>
/// <param name="AlreadyPresent">Documents skipped because their text was already stored.</param>
/// <param name="Rejected">Rejected documents recorded with their error.</param>
/// <param name="Events">Events added.</param>
public readonly record struct WriteSummary(int NewDocuments, int AlreadyPresent, int Rejected, int Events);
