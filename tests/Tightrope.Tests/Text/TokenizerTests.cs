using Tightrope.Text;
using Xunit;

namespace Tightrope.Tests.Text;

public sealed class TokenizerTests
{
    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        return tokens;
    }

    private static List<string> Surfaces(string text) => [.. Tokenize(text).Select(t => text.Substring(t.Start, t.Length))];

    [Fact]
    public void Given_a_sentence_When_tokenized_Then_every_offset_points_at_the_token_text()
    {
        // Given
        const string text = "China's navy test-fired two missiles, officials said.";

        // When
        var tokens = Tokenize(text);

        // Then
        Assert.Equal(
            ["China", "'s", "navy", "test", "fired", "two", "missiles", ",", "officials", "said", "."],
            tokens.Select(t => text.Substring(t.Start, t.Length)));
        Assert.Equal([0, 5, 8, 13, 18, 24, 28, 36, 38, 48, 52], tokens.Select(t => t.Start));
        Assert.All(tokens.Zip(tokens.Skip(1)), pair => Assert.True(pair.Second.Start >= pair.First.End));
    }

    [Fact]
    public void Given_an_amount_with_a_currency_sign_When_tokenized_Then_sign_and_digits_are_one_number()
    {
        const string text = "It pledged $200 million and €1.5 billion, not $ alone.";

        var tokens = Tokenize(text);

        Assert.Equal(["It", "pledged", "$200", "million", "and", "€1.5", "billion", ",", "not", "$", "alone", "."], Surfaces(text));
        Assert.Equal(TokenKind.Number, tokens[2].Kind);
        Assert.Equal(TokenKind.Punctuation, tokens[9].Kind);
    }

    [Fact]
    public void Given_quotation_marks_When_tokenized_Then_they_are_flagged_as_quotes_and_other_punctuation_is_not()
    {
        const string text = "It called it \"wrong\", then \u201Cvery wrong\u201D.";

        var tokens = Tokenize(text);

        var quotes = tokens.Where(t => t.Has(TokenFlags.Quote)).Select(t => text[t.Start]).ToList();
        Assert.Equal(['"', '"', '\u201C', '\u201D'], quotes);
        Assert.All(tokens.Where(t => text[t.Start] is ',' or '.'), t => Assert.False(t.Has(TokenFlags.Quote)));
    }

    [Fact]
    public void Given_a_span_inside_a_longer_text_When_tokenized_Then_offsets_are_document_offsets()
    {
        // Given
        const string text = "Headline here. Seoul protested.";
        var span = new TextSpan(15, text.Length);

        // When
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, span, tokens);

        // Then
        Assert.Equal(3, tokens.Count);
        Assert.Equal(15, tokens[0].Start);
        Assert.Equal("Seoul", text.Substring(tokens[0].Start, tokens[0].Length));
        Assert.Equal(text.Length, tokens[^1].End);
    }

    [Fact]
    public void Given_a_possessive_When_tokenized_Then_the_clitic_is_its_own_possessive_token()
    {
        // Given
        const string text = "China's";

        // When
        var tokens = Tokenize(text);

        // Then
        Assert.Equal(["China", "'s"], Surfaces(text));
        Assert.True(tokens[0].Has(TokenFlags.Capitalized));
        Assert.False(tokens[0].Has(TokenFlags.Possessive));
        Assert.True(tokens[1].Has(TokenFlags.Possessive));
        Assert.Equal(TokenKind.Word, tokens[1].Kind);
    }

    [Theory]
    [InlineData("don't", "do")]
    [InlineData("didn't", "did")]
    [InlineData("wouldn't", "would")]
    [InlineData("isn't", "is")]
    [InlineData("can't", "ca")]
    public void Given_a_negative_contraction_When_tokenized_Then_it_splits_into_verb_and_negation(string text, string verb)
    {
        // Given: a contraction with n't

        // When
        var tokens = Tokenize(text);

        // Then
        Assert.Equal([verb, "n't"], Surfaces(text));
        Assert.True(tokens[1].Has(TokenFlags.Negation));
        Assert.False(tokens[0].Has(TokenFlags.Negation));
    }

    [Fact]
    public void Given_a_hyphenated_verb_When_tokenized_Then_the_hyphen_is_no_token_and_the_second_part_is_marked()
    {
        // Given
        const string text = "Pyongyang test-fired a missile";

        // When
        var tokens = Tokenize(text);

        // Then
        Assert.Equal(["Pyongyang", "test", "fired", "a", "missile"], Surfaces(text));
        Assert.False(tokens[1].Has(TokenFlags.HyphenBefore));
        Assert.True(tokens[2].Has(TokenFlags.HyphenBefore));
        Assert.False(tokens[3].Has(TokenFlags.HyphenBefore));
    }

    [Fact]
    public void Given_a_dash_between_spaces_When_tokenized_Then_it_is_punctuation_and_nothing_is_hyphen_joined()
    {
        // Given
        const string text = "Seoul - Tokyo";

        // When
        var tokens = Tokenize(text);

        // Then
        Assert.Equal(["Seoul", "-", "Tokyo"], Surfaces(text));
        Assert.Equal(TokenKind.Punctuation, tokens[1].Kind);
        Assert.DoesNotContain(tokens, t => t.Has(TokenFlags.HyphenBefore));
    }

    [Fact]
    public void Given_US_with_periods_When_tokenized_Then_it_is_one_all_caps_token()
    {
        // Given
        const string text = "the U.S. envoy";

        // When
        var tokens = Tokenize(text);

        // Then
        Assert.Equal(["the", "U.S.", "envoy"], Surfaces(text));
        Assert.True(tokens[1].Has(TokenFlags.AllCaps));
        Assert.True(tokens[1].Has(TokenFlags.Capitalized));
        Assert.False(tokens[2].Has(TokenFlags.AllCaps));
    }

    [Fact]
    public void Given_a_decimal_number_When_tokenized_Then_it_is_one_number_token()
    {
        // Given
        const string text = "rose 3.5 percent";

        // When
        var tokens = Tokenize(text);

        // Then
        Assert.Equal(["rose", "3.5", "percent"], Surfaces(text));
        Assert.Equal(TokenKind.Number, tokens[1].Kind);
    }

    [Fact]
    public void Given_a_single_capital_letter_When_tokenized_Then_it_is_not_all_caps()
    {
        // Given
        const string text = "John F Kennedy";

        // When
        var tokens = Tokenize(text);

        // Then
        Assert.True(tokens[1].Has(TokenFlags.Capitalized));
        Assert.False(tokens[1].Has(TokenFlags.AllCaps));
    }

    [Fact]
    public void Given_a_plural_possessive_When_tokenized_Then_the_bare_apostrophe_is_possessive()
    {
        // Given
        const string text = "the allies' forces";

        // When
        var tokens = Tokenize(text);

        // Then
        Assert.Equal(["the", "allies", "'", "forces"], Surfaces(text));
        Assert.True(tokens[2].Has(TokenFlags.Possessive));
    }
}
