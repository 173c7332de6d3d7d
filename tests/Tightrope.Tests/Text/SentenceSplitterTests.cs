using Tightrope.Text;
using Xunit;

namespace Tightrope.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) =>
        [.. SentenceSplitter.Split(text).Select(span => text[span.Start..span.End])];

    [Theory]
    [InlineData("The U.S. envoy arrived in Seoul on Tuesday.")]
    [InlineData("A U.N. Security Council session was called for Friday.")]
    [InlineData("Mr. Kim greeted the visiting delegation.")]
    [InlineData("Gen. Park briefed reporters at the base.")]
    [InlineData("The vote is scheduled for Jan. 5 in the capital.")]
    [InlineData("The party's No. 2 official resigned abruptly.")]
    [InlineData("A portrait of John F. Kennedy hung in the embassy hall.")]
    [InlineData("Exports grew 3.5 percent in the third quarter.")]
    public void Given_abbreviations_initials_or_decimals_When_split_Then_the_sentence_stays_whole(string text)
    {
        // Given: a single sentence containing periods that do not end it

        // When
        var sentences = Split(text);

        // Then
        Assert.Equal([text], sentences);
    }

    [Fact]
    public void Given_US_at_the_end_of_a_sentence_followed_by_a_sentence_starter_When_split_Then_there_are_two_sentences()
    {
        // Given
        const string text = "Manila signed a maritime pact with the U.S. The talks lasted two days.";

        // When
        var sentences = Split(text);

        // Then
        Assert.Equal(["Manila signed a maritime pact with the U.S.", "The talks lasted two days."], sentences);
    }

    [Fact]
    public void Given_several_sentences_with_titles_When_split_Then_boundaries_fall_only_after_real_ends()
    {
        // Given
        const string text = "Mr. Tanaka arrived on Jan. 7. He met Gen. Ortiz at noon! Was the visit planned?";

        // When
        var sentences = Split(text);

        // Then
        Assert.Equal(["Mr. Tanaka arrived on Jan. 7.", "He met Gen. Ortiz at noon!", "Was the visit planned?"], sentences);
    }

    [Fact]
    public void Given_a_blank_line_between_unpunctuated_lines_When_split_Then_the_blank_line_is_a_boundary()
    {
        // Given
        const string text = "Border talks resume\n\nnegotiators returned to the table";

        // When
        var sentences = Split(text);

        // Then
        Assert.Equal(["Border talks resume", "negotiators returned to the table"], sentences);
    }

    [Fact]
    public void Given_a_headline_line_without_a_period_When_split_Then_it_is_its_own_sentence()
    {
        // Given
        const string text = "Hanoi and Jakarta agree to patrol talks\nVietnam and Indonesia agreed on Monday to hold patrol talks.";

        // When
        var sentences = Split(text);

        // Then
        Assert.Equal(
            ["Hanoi and Jakarta agree to patrol talks", "Vietnam and Indonesia agreed on Monday to hold patrol talks."],
            sentences);
    }

    [Fact]
    public void Given_a_line_break_before_a_lower_case_word_When_split_Then_the_sentence_continues()
    {
        // Given: a hard-wrapped sentence
        const string text = "The ministers said the talks were\nproductive and would continue.";

        // When
        var sentences = Split(text);

        // Then
        Assert.Single(sentences);
    }

    [Fact]
    public void Given_surrounding_whitespace_When_split_Then_spans_are_trimmed()
    {
        // Given
        const string text = "   Seoul protested.    Tokyo declined to comment.  \n";

        // When
        var spans = SentenceSplitter.Split(text);

        // Then
        Assert.Equal(2, spans.Count);
        Assert.All(spans, s =>
        {
            Assert.False(char.IsWhiteSpace(text[s.Start]));
            Assert.False(char.IsWhiteSpace(text[s.End - 1]));
        });
        Assert.Equal("Seoul protested.", text[spans[0].Start..spans[0].End]);
    }

    [Fact]
    public void Given_text_without_letters_or_digits_When_split_Then_no_sentence_is_returned()
    {
        // Given
        const string text = " ... \n\n -- ";

        // When
        var spans = SentenceSplitter.Split(text);

        // Then
        Assert.Empty(spans);
    }
}
