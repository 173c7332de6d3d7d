using System.Text.RegularExpressions;
using Tightrope.Pipeline;
using Xunit;

namespace Tightrope.Tests.Actors;

public sealed partial class MentionTests
{
    private static readonly DateOnly s_story = new(2026, 1, 5);

    /// <summary>One "[text → KEYS @place kind role anaphor]" item of <see cref="CoderPipeline.ExplainMentions"/>.</summary>
    private sealed record Seen(int Sentence, string Text, string[] Keys, string? Place, string Kind, string Role, bool Anaphor);

    [GeneratedRegex(@"\[(?<text>[^\]]+?) → (?<keys>\S+)(?: @(?<place>[^\]]+?))? (?<kind>State|Person|Organization|Agent|place) (?<role>Argument|Modifier|Locative)(?<anaphor> anaphor)?\]")]
    private static partial Regex MentionPattern();

    private static List<Seen> Explain(string text, DateOnly? date = null)
    {
        var lines = CoderPipeline.Default.ExplainMentions(new Document { Text = text, Date = date ?? s_story });
        var seen = new List<Seen>();
        for (int i = 0; i < lines.Count; i++)
        {
            Assert.StartsWith($"{i}: ", lines[i], StringComparison.Ordinal);
            foreach (Match m in MentionPattern().Matches(lines[i]))
            {
                seen.Add(new Seen(
                    i,
                    m.Groups["text"].Value,
                    m.Groups["keys"].Value.Split('+'),
                    m.Groups["place"].Success ? m.Groups["place"].Value : null,
                    m.Groups["kind"].Value,
                    m.Groups["role"].Value,
                    m.Groups["anaphor"].Success));
            }
        }

        return seen;
    }

    private static Seen Find(List<Seen> seen, string text) =>
        Assert.Single(seen, s => s.Text == text);

    [Fact]
    public void Given_a_capital_as_the_subject_of_a_speech_verb_When_matched_Then_it_stands_for_the_state()
    {
        // Given
        const string text = "Seoul said it would not accept the proposal.";

        // When
        var seoul = Find(Explain(text), "Seoul");

        // Then
        Assert.Equal(["KOR"], seoul.Keys);
        Assert.Equal("State", seoul.Kind);
        Assert.Equal("Argument", seoul.Role);
    }

    [Fact]
    public void Given_a_capital_after_in_When_matched_Then_it_is_a_location()
    {
        // Given
        const string text = "The defense chiefs met in Beijing on Thursday.";

        // When
        var beijing = Find(Explain(text), "Beijing");

        // Then
        Assert.Equal(["CHN"], beijing.Keys);
        Assert.Equal("Locative", beijing.Role);
        Assert.Equal("Beijing", beijing.Place);
    }

    [Fact]
    public void Given_a_demonym_before_an_agent_noun_When_matched_Then_the_agent_takes_the_country()
    {
        // Given
        const string text = "Chinese warships shadowed the fishing fleet.";

        // When
        var warships = Assert.Single(Explain(text), s => s.Text.StartsWith("Chinese", StringComparison.Ordinal));

        // Then
        Assert.Equal("Chinese warships", warships.Text);
        Assert.Equal(["CHN"], warships.Keys);
        Assert.Equal("Agent", warships.Kind);
        Assert.Equal("Argument", warships.Role);
    }

    [Fact]
    public void Given_chinese_coast_guard_vessels_When_matched_Then_the_actor_is_the_chinese_coast_guard()
    {
        // Given: "Chinese coast guard" is an alias of the China Coast Guard (CCG, CHN MIL) in the catalog, so the
        // longest match is that organisation rather than the generic agent "coast guard vessels"
        const string text = "Chinese coast guard vessels shadowed the fishing fleet.";

        // When
        var coastGuard = Assert.Single(Explain(text), s => s.Text.StartsWith("Chinese", StringComparison.Ordinal));

        // Then
        Assert.Equal(["CHN"], coastGuard.Keys);
        Assert.Equal("Argument", coastGuard.Role);
        Assert.Equal("Organization", coastGuard.Kind);
    }

    [Fact]
    public void Given_an_agent_in_a_territory_When_matched_Then_the_agent_takes_the_territory()
    {
        // Given
        const string text = "Protesters scuffled with police in Hong Kong overnight.";

        // When
        var police = Assert.Single(Explain(text), s => s.Text.StartsWith("police", StringComparison.Ordinal));

        // Then
        Assert.Equal(["HKG"], police.Keys);
        Assert.Equal("Agent", police.Kind);
    }

    [Fact]
    public void Given_a_titled_person_When_matched_Then_the_whole_phrase_is_one_person_mention()
    {
        // Given
        const string text = "South Korean President Lee Jae Myung arrived in Tokyo on Monday.";

        // When
        var seen = Explain(text);

        // Then
        var lee = Find(seen, "South Korean President Lee Jae Myung");
        Assert.Equal(["KOR"], lee.Keys);
        Assert.Equal("Person", lee.Kind);
        Assert.Equal("Argument", lee.Role);
        Assert.Equal("Locative", Find(seen, "Tokyo").Role);
    }

    [Fact]
    public void Given_a_pronoun_in_the_next_sentence_When_matched_Then_it_resolves_to_the_person_named_before()
    {
        // Given
        const string text = "Indonesian President Prabowo Subianto received the Japanese delegation. He pledged closer maritime cooperation.";

        // When
        var seen = Explain(text);

        // Then
        var he = Find(seen, "He");
        Assert.Equal(1, he.Sentence);
        Assert.Equal(["IDN"], he.Keys);
        Assert.Equal("Person", he.Kind);
        Assert.True(he.Anaphor);
    }

    [Fact]
    public void Given_a_pronoun_with_nobody_named_before_When_matched_Then_it_is_not_a_mention()
    {
        // Given: a fresh document; nothing may leak from other documents
        const string text = "He pledged closer maritime cooperation.";

        // When
        var seen = Explain(text);

        // Then
        Assert.DoesNotContain(seen, s => s.Text == "He");
    }

    [Fact]
    public void Given_two_leaders_named_before_When_the_two_leaders_is_matched_Then_it_stands_for_both_countries()
    {
        // Given
        const string text = "South Korean President Lee Jae Myung spoke with Japanese Prime Minister Sanae Takaichi on Sunday. " +
            "The two leaders agreed to hold a summit.";

        // When
        var seen = Explain(text);

        // Then
        var pair = Find(seen, "The two leaders");
        Assert.Equal(1, pair.Sentence);
        Assert.Equal(["JPN", "KOR"], pair.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Person", pair.Kind);
        Assert.True(pair.Anaphor);
    }

    [Fact]
    public void Given_a_state_name_When_matched_Then_it_is_a_state_argument()
    {
        // Given
        const string text = "Japan and South Korea held talks in Seoul on Monday.";

        // When
        var seen = Explain(text);

        // Then
        Assert.Equal(["JPN"], Find(seen, "Japan").Keys);
        Assert.Equal("State", Find(seen, "South Korea").Kind);
        Assert.Equal("Argument", Find(seen, "South Korea").Role);
        Assert.Equal("Locative", Find(seen, "Seoul").Role);
    }
}
