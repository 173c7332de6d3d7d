using Tightrope.Pipeline;
using Tightrope.Text;

namespace Tightrope.Tests.Time;

/// <summary>Builds an analysed sentence (tokens with vocabulary ids) from one line of text.</summary>
internal static class SentenceFactory
{
    public static Sentence Analyze(string text)
    {
        string normalized = TextNormalizer.Normalize(text);
        return CoderPipeline.Default.Analyze(normalized, text, 0, new TextSpan(0, text.Length), []);
    }
}
