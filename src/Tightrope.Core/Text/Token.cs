namespace Tightrope.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters (with internal apostrophes or abbreviation periods).</summary>
    Word,

    /// <summary>Digits, possibly with internal separators ("3.5", "1,000").</summary>
    Number,

    /// <summary>A single punctuation character.</summary>
    Punctuation,
}

/// <summary>Orthographic facts about a token, computed once.</summary>
[Flags]
public enum TokenFlags : byte
{
    /// <summary>No flags.</summary>
    None = 0,

    /// <summary>First character is upper case.</summary>
    Capitalized = 1,

    /// <summary>Every letter is upper case and there are at least two.</summary>
    AllCaps = 2,

    /// <summary>Joined to the previous token by a hyphen ("test-fired", "Jae-myung").</summary>
    HyphenBefore = 4,

    /// <summary>The possessive clitic "'s" or a bare trailing apostrophe.</summary>
    Possessive = 8,

    /// <summary>The negative clitic "n't".</summary>
    Negation = 16,

    /// <summary>
    /// An ordinary word capitalised only because its sentence is a title-case headline ("Police Fire Tear Gas"):
    /// <see cref="Capitalized"/> is cleared so name rules read it as lower case, while catalog names still match.
    /// </summary>
    HeadlineCapital = 32,

    /// <summary>A quotation mark (straight or curly, single or double) standing as a punctuation token.</summary>
    Quote = 64,
}

/// <summary>
/// One token: a span of the document text plus ids into the pipeline's vocabulary. A value type so that a
/// sentence's tokens live in one array with no per-token allocation.
/// </summary>
/// <param name="Start">Offset of the first character in the document text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">Word, number or punctuation.</param>
/// <param name="Flags">Orthographic flags.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind, TokenFlags Flags)
{
    /// <summary>Id of the lower-cased surface form in the vocabulary, or -1 when unknown.</summary>
    public int WordId { get; init; } = -1;

    /// <summary>Id of the lemma in the vocabulary, or -1 when unknown.</summary>
    public int LemmaId { get; init; } = -1;

    /// <summary>One past the last character.</summary>
    public int End => Start + Length;

    /// <summary>True when the flag is set.</summary>
    public bool Has(TokenFlags flag) => (Flags & flag) != 0;
}
