using Tightrope.Pipeline;

namespace Tightrope.Ingest;

/// <summary>One document read from an input, or the reason it could not be read.</summary>
/// <param name="Origin">Where it came from: a file, "file:line" or "file#item".</param>
/// <param name="Document">The document, when it could be read.</param>
/// <param name="Error">What is wrong, otherwise.</param>
public sealed record IngestItem(string Origin, Document? Document, string? Error);
