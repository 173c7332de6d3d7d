namespace Tightrope.Text;

/// <summary>A sentence of a document: its span and its tokens (offsets point into the document text).</summary>
public sealed class Sentence
{
    internal Sentence(string text, string originalText, int index, TextSpan span, Token[] tokens)
    {
        DocumentText = text;
        OriginalText = originalText;
        Index = index;
        Span = span;
        Tokens = tokens;
    }

    /// <summary>The whole (normalised) document text the offsets refer to.</summary>
    public string DocumentText { get; }

    /// <summary>The document text as given (same length and offsets as <see cref="DocumentText"/>).</summary>
    public string OriginalText { get; }

    /// <summary>0-based index of the sentence in its document.</summary>
    public int Index { get; }

    /// <summary>Character range of the sentence.</summary>
    public TextSpan Span { get; }

    /// <summary>The tokens, in order.</summary>
    public Token[] Tokens { get; }

    /// <summary>The sentence text.</summary>
    public string Text => OriginalText.Substring(Span.Start, Span.Length);

    /// <summary>Surface characters of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> TokenText(int i) => DocumentText.AsSpan(Tokens[i].Start, Tokens[i].Length);

    /// <summary>Original document text between the start of token <paramref name="first"/> and the end of token <paramref name="end"/> - 1.</summary>
    public string TextOf(int first, int end) =>
        OriginalText.Substring(Tokens[first].Start, Tokens[end - 1].End - Tokens[first].Start);

    /// <summary>Character span of tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public TextSpan SpanOf(int first, int end) => new(Tokens[first].Start, Tokens[end - 1].End);
}
