using Tightrope.Text;

namespace Tightrope.Pipeline;

/// <summary>The outcome of coding one document.</summary>
/// <param name="DocId">The document id used in event ids.</param>
/// <param name="Sentences">Sentence spans found.</param>
/// <param name="Events">Events, in text order.</param>
public sealed record CodingResult(string DocId, IReadOnlyList<TextSpan> Sentences, IReadOnlyList<EventRecord> Events);
