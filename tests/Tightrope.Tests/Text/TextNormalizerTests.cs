using Tightrope.Text;
using Xunit;

namespace Tightrope.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("\u201CWe will respond,\u201D he said.", "\"We will respond,\" he said.")]
    [InlineData("Seoul\u2019s envoy", "Seoul's envoy")]
    [InlineData("\u2018talks\u2019", "'talks'")]
    [InlineData("Seoul \u2014 The ministers met", "Seoul - The ministers met")]
    [InlineData("2024\u20132025", "2024-2025")]
    [InlineData("Kim\u00A0Jong\u00A0Un", "Kim Jong Un")]
    [InlineData("a\u202Fb\u2009c", "a b c")]
    public void Given_typographic_characters_When_normalized_Then_each_maps_to_its_plain_form(string input, string expected)
    {
        // Given: input with curly quotes, dashes or exotic spaces

        // When
        string normalized = TextNormalizer.Normalize(input);

        // Then
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("\u201CNo,\u201D said the minister \u2014 twice\u2026")]
    [InlineData("Line one\r\nLine\u00A0two\u2028three")]
    [InlineData("\u00ABQuoted\u00BB \u2212 5 \u200B zero width")]
    public void Given_any_text_When_normalized_Then_length_and_offsets_are_preserved(string input)
    {
        // Given: text with characters that change

        // When
        string normalized = TextNormalizer.Normalize(input);

        // Then: one character for one character, and unchanged characters stay where they were
        Assert.Equal(input.Length, normalized.Length);
        for (int i = 0; i < input.Length; i++)
        {
            Assert.Equal(TextNormalizer.Map(input[i]), normalized[i]);
            if (input[i] < 0x80 && input[i] is not '\r' and not '\t' and not '`')
            {
                Assert.Equal(input[i], normalized[i]);
            }
        }
    }

    [Fact]
    public void Given_plain_ascii_text_When_normalized_Then_it_is_returned_unchanged()
    {
        // Given
        const string input = "Japan and South Korea held talks in Seoul on Monday.";

        // When
        string normalized = TextNormalizer.Normalize(input);

        // Then
        Assert.Same(input, normalized);
    }

    [Fact]
    public void Given_a_non_breaking_space_When_mapped_Then_it_becomes_an_ordinary_space()
    {
        // Given
        const char nbsp = '\u00A0';

        // When
        char mapped = TextNormalizer.Map(nbsp);

        // Then
        Assert.Equal(' ', mapped);
    }
}
