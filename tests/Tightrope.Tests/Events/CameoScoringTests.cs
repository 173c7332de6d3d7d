using Tightrope.Events;
using Tightrope.Pipeline;
using Xunit;
using static Tightrope.Tests.Events.EventCoding;

namespace Tightrope.Tests.Events;

public sealed class CameoScoringTests
{
    public static TheoryData<string> Sentences() => new(SampleSentences.All);

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Given_a_coded_event_When_its_cameo_fields_are_read_Then_quad_class_matches_the_root_and_goldstein_is_in_range(string sentence)
    {
        // Given / When
        var events = Code(sentence);

        // Then
        Assert.All(events, e =>
        {
            Assert.Matches("^[0-9]{2,4}$", e.Cameo);
            int root = int.Parse(e.CameoRoot, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(root, 1, 20);
            int expectedQuad = root switch
            {
                <= 5 => 1,
                <= 8 => 2,
                <= 13 => 3,
                _ => 4,
            };
            Assert.Equal(expectedQuad, e.QuadClass);
            Assert.InRange(e.Goldstein, -10.0, 10.0);
            Assert.InRange(e.Confidence, 0.0, 1.0);
        });
    }

    [Theory]
    [InlineData("India agreed to expand trade with Australia.", EventType.Agree, 1)]
    [InlineData("India signed a trade agreement with Australia.", EventType.Support, 1)]
    [InlineData("The Brazilian president visited Argentina on Monday.", EventType.Consult, 1)]
    [InlineData("The United States sent humanitarian aid to Sudan.", EventType.Aid, 2)]
    [InlineData("Poland accused Belarus of pushing migrants across the border.", EventType.Accuse, 3)]
    [InlineData("Pakistan warned India of serious consequences.", EventType.Threaten, 3)]
    [InlineData("China deployed warships near Taiwan.", EventType.Mobilize, 4)]
    [InlineData("Ukraine attacked a Russian oil refinery with drones.", EventType.Assault, 4)]
    public void Given_an_event_type_When_coded_Then_its_quad_class_and_goldstein_sign_fit_cooperation_or_conflict(
        string sentence, EventType type, int quad)
    {
        // Given / When
        var e = Assert.Single(Code(sentence));

        // Then
        Assert.Equal(type, e.EventType);
        Assert.Equal(quad, e.QuadClass);
        if (quad <= 2)
        {
            Assert.True(e.Goldstein > 0, $"{Describe(e)} goldstein {e.Goldstein}");
        }
        else
        {
            Assert.True(e.Goldstein < 0, $"{Describe(e)} goldstein {e.Goldstein}");
        }
    }

    [Fact]
    public void Given_the_sample_sentences_When_coded_Then_every_event_type_is_produced_at_least_once()
    {
        // Given / When
        var types = SampleSentences.All.SelectMany(s => Code(s)).Select(e => e.EventType).ToHashSet();

        // Then
        Assert.Equal(Enum.GetValues<EventType>().Order(), types.Order());
    }
}

/// <summary>Short sentences written for these tests, one or more per event type.</summary>
internal static class SampleSentences
{
    public static readonly string[] All =
    [
        "Japan condemned North Korea's missile launch on Tuesday.",
        "South Korea urged China to lift its ban on Korean films.",
        "Russian troops shelled Kharkiv overnight.",
        "India signed a trade agreement with Australia.",
        "The Brazilian president visited Argentina on Monday.",
        "Germany praised France for its handling of the talks.",
        "Canada apologised to India for the remarks.",
        "France shared intelligence with Germany.",
        "The United States sent humanitarian aid to Sudan.",
        "Israel released 50 Palestinian prisoners.",
        "Poland accused Belarus of pushing migrants across the border.",
        "Vietnam rejected China's claims in the South China Sea.",
        "Pakistan warned India of serious consequences.",
        "Thousands of protesters rallied in Seoul against the government.",
        "Turkey expelled two Swedish diplomats.",
        "China deployed warships near Taiwan.",
        "Iranian forces seized a British oil tanker.",
        "Ukraine attacked a Russian oil refinery with drones.",
        "Sanctions were imposed on Iran by the European Union.",
        "The Japanese ambassador was summoned by Beijing.",
        "Japan and South Korea agreed to share intelligence.",
        "Australia and New Zealand held joint naval exercises.",
        "Chinese coast guard vessels rammed a Philippine supply boat.",
        "Police in Hong Kong arrested four activists.",
        "Germany plans to send aid to Ukraine.",
        "The Chinese foreign minister is expected to visit Seoul.",
        "China could impose tariffs on Australian wine.",
        "Japan has not apologised to South Korea.",
        "Seoul criticised Tokyo over the textbook.",
        "If Iran attacks Israel, the United States will impose sanctions on Iran.",
    ];
}
