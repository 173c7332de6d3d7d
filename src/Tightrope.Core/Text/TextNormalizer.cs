namespace Tightrope.Text;

/// <summary>
/// Maps typographic variants (curly quotes, dashes, exotic spaces) to plain ASCII forms, one character for one
/// character, so that every offset in the normalised text is also an offset in the text as given.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Returns the normalised copy of <paramref name="text"/>; same length, same offsets.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = IndexOfFirstChange(text);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (int i = state.first; i < span.Length; i++)
            {
                span[i] = Map(span[i]);
            }
        });
    }

    /// <summary>The plain form of one character.</summary>
    public static char Map(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\u3000' or '\uFEFF' or '\t' => ' ',
        '\u200B' or '\u200C' or '\u200D' or '\u00AD' => ' ',
        '\u2026' => '.',
        '\r' or '\u2028' or '\u2029' or '\u0085' => '\n',
        _ => c,
    };

    private static int IndexOfFirstChange(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (Map(text[i]) != text[i])
            {
                return i;
            }
        }

        return -1;
    }
}
