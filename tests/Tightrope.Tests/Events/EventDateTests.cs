using Tightrope.Time;
using Xunit;
using static Tightrope.Tests.Events.EventCoding;

namespace Tightrope.Tests.Events;

public sealed class EventDateTests
{
    // 2026-01-05 is a Monday.
    private const string StoryDate = "2026-01-05";

    [Theory]
    [InlineData("Japan condemned North Korea on Friday.", "2026-01-02", DatePrecision.Day)]
    [InlineData("Japan condemned North Korea on Monday.", "2026-01-05", DatePrecision.Day)]
    [InlineData("Japan condemned North Korea yesterday.", "2026-01-04", DatePrecision.Day)]
    [InlineData("Japan condemned North Korea last month.", "2025-12-01", DatePrecision.Month)]
    [InlineData("Japan condemned North Korea.", "2026-01-05", DatePrecision.Week)]
    public void Given_a_time_expression_or_none_When_coded_Then_the_event_date_and_precision_follow_from_the_story_date(
        string sentence, string expectedDate, DatePrecision expectedPrecision)
    {
        // Given a story dated Monday 2026-01-05

        // When
        var e = Assert.Single(Code(sentence, StoryDate));

        // Then
        Assert.Equal("ACCUSE JPN>PRK asserted", Describe(e));
        Assert.Equal(Date(StoryDate), e.StoryDate);
        Assert.Equal(Date(expectedDate), e.EventDate);
        Assert.Equal(expectedPrecision, e.DatePrecision);
    }

    [Fact]
    public void Given_a_future_visit_next_week_When_coded_Then_the_date_is_a_week_after_the_story()
    {
        // Given
        const string sentence = "The Indian prime minister will visit Tokyo next week.";

        // When
        var e = Assert.Single(Code(sentence, "2026-01-06"));

        // Then
        Assert.Equal(Date("2026-01-13"), e.EventDate);
        Assert.Equal(DatePrecision.Week, e.DatePrecision);
    }

    [Fact]
    public void Given_two_sentences_with_different_days_When_coded_Then_each_event_gets_its_own_sentence_s_date()
    {
        // Given
        const string text =
            "Japanese Prime Minister Sanae Takaichi arrived in Washington on Sunday. She met US President Donald Trump on Monday.";

        // When
        var events = CodeDocument(text, StoryDate).Events;

        // Then
        Assert.Equal(2, events.Count);
        Assert.Equal(Date("2026-01-04"), events[0].EventDate);
        Assert.Equal(Date("2026-01-05"), events[1].EventDate);
        Assert.All(events, e => Assert.Equal(DatePrecision.Day, e.DatePrecision));
    }

    [Fact]
    public void Given_an_event_dated_years_before_the_story_When_coded_Then_it_is_treated_as_background_and_not_coded()
    {
        // Given: background history, far older than the story
        const string sentence = "Japan condemned North Korea's nuclear test in 2017.";

        // When
        var events = Code(sentence, StoryDate);

        // Then
        Assert.Empty(events);
    }

    [Theory]
    [InlineData("Ethiopia and Eritrea fought a border war from 1998 to 2000.")]
    [InlineData("Ethiopia and Eritrea fought a border war between 1998 and 2000.")]
    public void Given_an_event_over_a_closed_range_of_past_years_When_coded_Then_it_is_dated_by_the_first_year_and_left_as_background(string sentence)
    {
        Assert.Empty(Code(sentence, StoryDate));
    }

    [Fact]
    public void Given_a_recent_range_of_years_When_coded_Then_the_event_keeps_the_first_year_with_year_precision()
    {
        var e = Assert.Single(Code("Japan condemned North Korea between 2025 and 2026.", StoryDate));

        Assert.Equal((Date("2025-01-01"), DatePrecision.Year), (e.EventDate, e.DatePrecision));
    }
}
