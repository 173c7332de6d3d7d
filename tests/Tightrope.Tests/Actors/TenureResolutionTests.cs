using Tightrope.Pipeline;
using Xunit;

namespace Tightrope.Tests.Actors;

/// <summary>Who held which office when: titles and surnames resolve by the story date.</summary>
public class TenureResolutionTests
{
    private static string? Person(string text, string date) =>
        CoderPipeline.Default.FindMentions(new Document { Text = text, Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) })
            .Select(m => m.Mention.Actor).FirstOrDefault(a => a?.Kind == Tightrope.Actors.ActorKind.Person)?.Name;

    [Theory]
    [InlineData("President Lee met reporters.", "2026-01-05", "Lee Jae Myung")]
    [InlineData("The South Korean president met reporters.", "2019-06-01", "Moon Jae In")]
    [InlineData("The South Korean president met reporters.", "2023-06-01", "Yoon Suk Yeol")]
    [InlineData("The South Korean president met reporters.", "2026-02-01", "Lee Jae Myung")]
    [InlineData("The Japanese prime minister met reporters.", "2017-03-01", "Shinzo Abe")]
    [InlineData("The Japanese prime minister met reporters.", "2026-03-01", "Sanae Takaichi")]
    [InlineData("The US president met reporters.", "2022-03-01", "Joe Biden")]
    [InlineData("The US president met reporters.", "2026-03-01", "Donald Trump")]
    public void Given_a_title_and_a_story_date_When_resolved_Then_the_office_holder_of_that_date_is_named(string text, string date, string expected)
    {
        Assert.Equal(expected, Person(text, date));
    }

    [Fact]
    public void Given_a_lookup_When_run_Then_it_says_which_tenure_explains_the_resolution()
    {
        var mention = CoderPipeline.Default.FindMentions(new Document { Text = "The South Korean president spoke.", Date = new DateOnly(2019, 6, 1) }).Single();

        Assert.Contains("2019-06-01", mention.Mention.Reason, StringComparison.Ordinal);
        Assert.Contains("2017-05-10", mention.Mention.Reason, StringComparison.Ordinal);
    }
}
