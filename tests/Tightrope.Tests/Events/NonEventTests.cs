using Xunit;
using static Tightrope.Tests.Events.EventCoding;

namespace Tightrope.Tests.Events;

public sealed class NonEventTests
{
    [Theory]
    [InlineData("Officials said on Monday.")]
    [InlineData("The ministry said the situation remained calm.")]
    [InlineData("China is Japan's largest trading partner.")]
    [InlineData("Indonesia is the largest economy in Southeast Asia.")]
    [InlineData("South Korea shares a long border with North Korea.")]
    [InlineData("Analysts doubt that the ceasefire will hold.")]
    [InlineData("Experts believe that the sanctions will fail.")]
    [InlineData("The report was published on Thursday.")]
    public void Given_a_reporting_clause_standing_fact_or_opinion_When_coded_Then_no_event_is_produced(string sentence)
    {
        // Given a sentence that reports nothing anyone did to anyone

        // When
        var events = Code(sentence, "2026-01-05");

        // Then
        Assert.Empty(events);
    }

    [Fact]
    public void Given_event_free_sentences_around_an_event_When_coded_Then_only_the_event_sentence_yields_records()
    {
        // Given
        const string text =
            "China is Japan's largest trading partner. " +
            "Japan condemned North Korea on Friday. " +
            "Officials said on Monday.";

        // When
        var events = CodeDocument(text, "2026-01-05").Events;

        // Then
        var e = Assert.Single(events);
        Assert.Equal(1, e.SentenceIndex);
        Assert.Equal("ACCUSE JPN>PRK asserted", Describe(e));
    }
}
