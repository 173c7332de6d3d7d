using Tightrope.Pipeline;
using Xunit;

namespace Tightrope.Tests.Actors;

/// <summary>Names whose meaning depends on context: the coder must read the context, not the first dictionary hit.</summary>
public class AmbiguityTests
{
    private static readonly DateOnly s_story = new(2026, 1, 5);

    /// <summary>"TEXT→KEY Kind Role" for every mention of a one-sentence text.</summary>
    private static string[] Mentions(string text) =>
        [.. CoderPipeline.Default.FindMentions(new Document { Text = text, Date = s_story })
            .Select(m => $"{m.Text}→{(m.Mention.Actor?.Key ?? m.Mention.Place?.Country)} {m.Mention.Actor?.Kind.ToString() ?? "place"} {m.Mention.Role}")];

    [Theory]
    [InlineData("Russia and Georgia held talks in Tbilisi.", "Georgia→GEO State Argument")]
    [InlineData("US immigration agents raided a battery plant in Georgia.", "Georgia→USA place Locative")]
    [InlineData("The governor of the state of Georgia signed the bill.", "Georgia→USA place Locative")]
    [InlineData("Jordan condemned the attack.", "Jordan→JOR State Argument")]
    [InlineData("Niger and Nigeria agreed to patrol the border.", "Niger→NER State Argument")]
    [InlineData("Niger and Nigeria agreed to patrol the border.", "Nigeria→NGA State Argument")]
    [InlineData("Congo accused Rwanda of backing the rebels.", "Congo→COD State Argument")]
    [InlineData("Officials in Brazzaville said Congo would join the talks.", "Congo→COG State Argument")]
    [InlineData("The Democratic Republic of Congo recalled its envoy.", "Democratic Republic of Congo→COD State Argument")]
    [InlineData("Guinea-Bissau and Equatorial Guinea signed a deal with Guinea.", "Guinea-Bissau→GNB State Argument")]
    [InlineData("Guinea-Bissau and Equatorial Guinea signed a deal with Guinea.", "Equatorial Guinea→GNQ State Argument")]
    [InlineData("Guinea-Bissau and Equatorial Guinea signed a deal with Guinea.", "Guinea→GIN State Argument")]
    [InlineData("Korea and Japan signed a trade pact.", "Korea→KOR State Argument")]
    [InlineData("Chad expelled the French ambassador.", "Chad→TCD State Argument")]
    [InlineData("Türkiye hosted the talks.", "Türkiye→TUR State Argument")]
    [InlineData("Turkey hosted the talks.", "Turkey→TUR State Argument")]
    [InlineData("Burma extended emergency rule.", "Burma→MMR State Argument")]
    [InlineData("Myanmar extended emergency rule.", "Myanmar→MMR State Argument")]
    [InlineData("Seoul protested on Monday.", "Seoul→KOR State Argument")]
    [InlineData("The ministers met in Seoul on Monday.", "Seoul→KOR State Locative")]
    public void Given_an_ambiguous_name_in_context_When_matched_Then_the_contextual_reading_wins(string text, string expected)
    {
        Assert.Contains(expected, Mentions(text));
    }

    [Theory]
    [InlineData("Michael Jordan visited Amman.", "Jordan")]
    [InlineData("Jordan Bardella criticised Brussels.", "Jordan")]
    [InlineData("Chad Wolf spoke to reporters.", "Chad")]
    [InlineData("Tensions rose on the Korean Peninsula.", "Korea")]
    public void Given_a_state_name_inside_a_person_or_place_name_When_matched_Then_it_is_not_a_state(string text, string name)
    {
        Assert.DoesNotContain(Mentions(text), m => m.StartsWith(name + "→", StringComparison.Ordinal) && m.Contains("State", StringComparison.Ordinal));
    }
}
