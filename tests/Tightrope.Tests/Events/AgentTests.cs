using Tightrope.Actors;
using Xunit;
using static Tightrope.Tests.Events.EventCoding;

namespace Tightrope.Tests.Events;

public sealed class AgentTests
{
    [Theory]
    [InlineData("Chinese coast guard vessels rammed a Philippine supply boat.", "ASSAULT CHN>PHL asserted")]
    [InlineData("Indian soldiers killed three Pakistani militants.", "ASSAULT IND>PAK asserted")]
    [InlineData("Iranian forces seized a British oil tanker.", "COERCE IRN>GBR asserted")]
    public void Given_agents_named_by_a_demonym_When_coded_Then_the_demonym_gives_their_country(string sentence, string expected)
    {
        // Given a sentence whose actor and target are only qualified by nationality adjectives

        // When
        var events = Code(sentence);

        // Then
        Assert.Equal(Expect(expected), Describe(events));
        Assert.All(events, e => Assert.NotEqual(ActorKind.State, e.Actor.Kind));
    }

    [Theory]
    [InlineData("Police in Hong Kong arrested four activists.", "COERCE HKG>HKG asserted")]
    [InlineData("Police in Manila detained two journalists.", "COERCE PHL>PHL asserted")]
    [InlineData("Farmers in France protested against the trade deal.", "PROTEST FRA>FRA asserted")]
    public void Given_agents_located_by_a_place_When_they_act_on_unnamed_locals_Then_the_event_is_domestic(string sentence, string expected)
    {
        // Given "AGENT in PLACE verb PEOPLE"

        // When
        var events = Code(sentence);

        // Then
        Assert.Equal(Expect(expected), Describe(events));
    }

    [Fact]
    public void Given_police_When_they_arrest_someone_Then_the_actor_is_a_police_agent_not_the_state()
    {
        // Given
        const string sentence = "Police in Hong Kong arrested four activists.";

        // When
        var e = Assert.Single(Code(sentence));

        // Then
        Assert.Equal(ActorKind.Agent, e.Actor.Kind);
        Assert.Equal("HKG", e.Actor.Country);
        Assert.Equal("arrested", e.TriggerText);
    }
}
