using System.Globalization;
using Tightrope.Time;
using Xunit;

namespace Tightrope.Tests.Time;

public sealed class DateResolverTests
{
    // Monday 5 January 2026.
    private static readonly DateOnly s_story = new(2026, 1, 5);

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("The envoys met on Monday.", "2026-01-05", DatePrecision.Day)]
    [InlineData("The envoys met on Friday.", "2026-01-02", DatePrecision.Day)]
    [InlineData("The envoys met on Sunday.", "2026-01-04", DatePrecision.Day)]
    [InlineData("The envoys met yesterday.", "2026-01-04", DatePrecision.Day)]
    [InlineData("The envoys meet today.", "2026-01-05", DatePrecision.Day)]
    [InlineData("The envoys met last week.", "2025-12-29", DatePrecision.Week)]
    [InlineData("The envoys met last month.", "2025-12-01", DatePrecision.Month)]
    [InlineData("The envoys met last year.", "2025-01-01", DatePrecision.Year)]
    [InlineData("The envoys met on Jan. 3 in Hanoi.", "2026-01-03", DatePrecision.Day)]
    [InlineData("The envoys met on 5 January 2026 in Hanoi.", "2026-01-05", DatePrecision.Day)]
    [InlineData("The envoys met on December 30, 2025 in Hanoi.", "2025-12-30", DatePrecision.Day)]
    [InlineData("The envoys met on March 3 in Hanoi.", "2025-03-03", DatePrecision.Day)]
    [InlineData("The envoys met in March in Hanoi.", "2025-03-01", DatePrecision.Month)]
    [InlineData("The treaty was signed in 2019.", "2019-01-01", DatePrecision.Year)]
    public void Given_a_time_expression_and_a_story_date_When_resolved_Then_date_and_precision_follow(
        string text, string expected, DatePrecision precision)
    {
        // Given
        var sentence = SentenceFactory.Analyze(text);

        // When
        var resolved = DateResolver.Resolve(sentence, s_story);

        // Then
        Assert.Equal(Day(expected), resolved.Date);
        Assert.Equal(precision, resolved.Precision);
    }

    [Fact]
    public void Given_a_weekday_When_resolved_Then_the_expression_span_is_reported()
    {
        // Given
        const string text = "The envoys met on Friday.";
        var sentence = SentenceFactory.Analyze(text);

        // When
        var resolved = DateResolver.Resolve(sentence, s_story);

        // Then
        Assert.Equal("Friday", text[resolved.Start..resolved.End]);
    }

    [Theory]
    [InlineData("The envoys will meet on Thursday.", "2026-01-08")]
    [InlineData("The envoys will meet on Monday.", "2026-01-05")]
    [InlineData("The envoys will meet tomorrow.", "2026-01-06")]
    [InlineData("The envoys will meet on Feb. 10.", "2026-02-10")]
    public void Given_a_future_event_When_resolved_Then_dates_point_forward(string text, string expected)
    {
        // Given
        var sentence = SentenceFactory.Analyze(text);

        // When
        var resolved = DateResolver.Resolve(sentence, s_story, future: true);

        // Then
        Assert.Equal(Day(expected), resolved.Date);
        Assert.Equal(DatePrecision.Day, resolved.Precision);
    }

    [Fact]
    public void Given_a_december_story_and_a_future_january_date_When_resolved_Then_the_next_year_is_used()
    {
        // Given
        var sentence = SentenceFactory.Analyze("The envoys will meet on Jan. 12.");

        // When
        var resolved = DateResolver.Resolve(sentence, new DateOnly(2025, 12, 20), future: true);

        // Then
        Assert.Equal(new DateOnly(2026, 1, 12), resolved.Date);
    }

    [Fact]
    public void Given_no_time_expression_When_resolved_Then_the_story_date_is_used_with_week_precision()
    {
        // Given
        var sentence = SentenceFactory.Analyze("The envoys discussed fishing rights.");

        // When
        var resolved = DateResolver.Resolve(sentence, s_story);

        // Then
        Assert.Equal(s_story, resolved.Date);
        Assert.Equal(DatePrecision.Week, resolved.Precision);
        Assert.Equal(-1, resolved.Start);
    }

    [Fact]
    public void Given_no_story_date_and_no_time_expression_When_resolved_Then_the_date_is_unknown()
    {
        // Given
        var sentence = SentenceFactory.Analyze("The envoys discussed fishing rights.");

        // When
        var resolved = DateResolver.Resolve(sentence, storyDate: null);

        // Then
        Assert.Null(resolved.Date);
        Assert.Equal(DatePrecision.Unknown, resolved.Precision);
    }

    [Fact]
    public void Given_no_story_date_but_an_explicit_full_date_When_resolved_Then_the_explicit_date_is_used()
    {
        // Given
        var sentence = SentenceFactory.Analyze("The envoys met on 5 January 2026.");

        // When
        var resolved = DateResolver.Resolve(sentence, storyDate: null);

        // Then
        Assert.Equal(new DateOnly(2026, 1, 5), resolved.Date);
        Assert.Equal(DatePrecision.Day, resolved.Precision);
    }

    [Theory]
    [InlineData("Talks have stalled since November.")]
    [InlineData("The ceasefire holds until March.")]
    public void Given_the_edge_of_a_period_When_resolved_Then_it_is_not_taken_as_the_event_date(string text)
    {
        // Given
        var sentence = SentenceFactory.Analyze(text);

        // When
        var resolved = DateResolver.Resolve(sentence, s_story);

        // Then
        Assert.Equal(s_story, resolved.Date);
        Assert.Equal(DatePrecision.Week, resolved.Precision);
    }

    [Fact]
    public void Given_may_as_a_verb_When_resolved_Then_it_is_not_a_month()
    {
        // Given
        var sentence = SentenceFactory.Analyze("May the talks succeed, the envoy said.");

        // When
        var resolved = DateResolver.Resolve(sentence, s_story);

        // Then
        Assert.Equal(DatePrecision.Week, resolved.Precision);
        Assert.Equal(s_story, resolved.Date);
    }

    [Fact]
    public void Given_two_expressions_When_resolved_Then_the_one_nearest_the_anchor_wins()
    {
        // Given: tokens 0..: The(0) envoys(1) met(2) on(3) Friday(4) and(5) will(6) meet(7) again(8) on(9) Thursday(10)
        var sentence = SentenceFactory.Analyze("The envoys met on Friday and will meet again on Thursday.");

        // When
        var first = DateResolver.Resolve(sentence, s_story, anchor: 2);
        var second = DateResolver.Resolve(sentence, s_story, anchor: 9, future: true);

        // Then
        Assert.Equal(new DateOnly(2026, 1, 2), first.Date);
        Assert.Equal(new DateOnly(2026, 1, 8), second.Date);
    }
}
