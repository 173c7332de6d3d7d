using Tightrope.Events;
using Xunit;
using static Tightrope.Tests.Events.EventCoding;

namespace Tightrope.Tests.Events;

public sealed class ActiveVoiceTests
{
    [Theory]
    [InlineData("Japan condemned North Korea's missile launch on Tuesday.", "ACCUSE JPN>PRK asserted; MOBILIZE PRK>- asserted")]
    [InlineData("South Korea urged China to lift its ban on Korean films.", "REQUEST KOR>CHN asserted")]
    [InlineData("Russian troops shelled Kharkiv overnight.", "ASSAULT RUS>UKR asserted")]
    [InlineData("India signed a trade agreement with Australia.", "SUPPORT IND>AUS asserted")]
    [InlineData("India agreed to expand trade with Australia.", "AGREE IND>AUS asserted")]
    [InlineData("The Brazilian president visited Argentina on Monday.", "CONSULT BRA>ARG asserted")]
    [InlineData("Germany praised France for its handling of the talks.", "SUPPORT DEU>FRA asserted")]
    [InlineData("Canada apologised to India for the remarks.", "CONCEDE CAN>IND asserted")]
    [InlineData("France shared intelligence with Germany.", "COOPERATE FRA>DEU asserted")]
    [InlineData("The United States sent humanitarian aid to Sudan.", "AID USA>SDN asserted")]
    [InlineData("Japan provided loans to the Philippines.", "AID JPN>PHL asserted")]
    [InlineData("Israel released 50 Palestinian prisoners.", "RETREAT ISR>PSE asserted")]
    [InlineData("Poland accused Belarus of pushing migrants across the border.", "ACCUSE POL>BLR asserted")]
    [InlineData("Vietnam rejected China's claims in the South China Sea.", "REJECT VNM>CHN asserted")]
    [InlineData("Pakistan warned India of serious consequences.", "THREATEN PAK>IND asserted")]
    [InlineData("North Korea threatened to strike South Korea.", "THREATEN PRK>KOR asserted")]
    [InlineData("Thousands of protesters rallied in Seoul against the government.", "PROTEST KOR>KOR asserted")]
    [InlineData("Farmers in France protested against the trade deal.", "PROTEST FRA>FRA asserted")]
    [InlineData("Turkey expelled two Swedish diplomats.", "SANCTION TUR>SWE asserted")]
    [InlineData("China deployed warships near Taiwan.", "MOBILIZE CHN>TWN asserted")]
    [InlineData("Iranian forces seized a British oil tanker.", "COERCE IRN>GBR asserted")]
    [InlineData("Ukraine attacked a Russian oil refinery with drones.", "ASSAULT UKR>RUS asserted")]
    public void Given_an_active_sentence_When_coded_Then_exactly_the_expected_events_are_produced(string sentence, string expected)
    {
        // Given a one-sentence story dated Tuesday 2026-01-06

        // When
        var events = Code(sentence, "2026-01-06");

        // Then
        Assert.Equal(Expect(expected), Describe(events));
    }

    [Fact]
    public void Given_a_request_to_do_something_When_coded_Then_the_requested_action_is_not_a_separate_event()
    {
        // Given
        const string sentence = "South Korea urged China to lift its ban on Korean films.";

        // When
        var events = Code(sentence);

        // Then: "lift its ban" is the content of the request, not a concession by China
        var only = Assert.Single(events);
        Assert.Equal(EventType.Request, only.EventType);
        Assert.Equal("urged", only.TriggerText);
        Assert.DoesNotContain(events, e => e.EventType == EventType.Concede);
    }

    [Fact]
    public void Given_a_city_as_the_object_of_an_attack_When_coded_Then_the_target_is_its_country_and_the_city_is_the_location()
    {
        // Given
        const string sentence = "Russian troops shelled Kharkiv overnight.";

        // When
        var e = Assert.Single(Code(sentence));

        // Then
        Assert.Equal(EventType.Assault, e.EventType);
        Assert.Equal("RUS", e.Actor.Key);
        Assert.Equal("UKR", e.Recipient?.Key);
        Assert.Equal("Kharkiv", e.Location?.Name);
    }

    [Fact]
    public void Given_a_condemnation_of_a_weapons_launch_When_coded_Then_the_launcher_is_the_actor_of_a_separate_mobilisation()
    {
        // Given
        const string sentence = "Japan condemned North Korea's missile launch on Tuesday.";

        // When
        var events = Code(sentence);

        // Then
        var accuse = Assert.Single(events, e => e.EventType == EventType.Accuse);
        Assert.Equal("condemned", accuse.TriggerText);
        var mobilize = Assert.Single(events, e => e.EventType == EventType.Mobilize);
        Assert.Equal("PRK", mobilize.Actor.Key);
        Assert.Null(mobilize.Recipient);
    }
}
