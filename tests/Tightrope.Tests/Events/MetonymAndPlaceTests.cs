using Tightrope.Actors;
using Tightrope.Events;
using Xunit;
using static Tightrope.Tests.Events.EventCoding;

namespace Tightrope.Tests.Events;

public sealed class MetonymAndPlaceTests
{
    [Theory]
    [InlineData("Seoul criticised Tokyo over the textbook.", "KOR", "South Korea", "JPN", "Japan")]
    [InlineData("Washington criticised Beijing over the tariffs.", "USA", "United States", "CHN", "China")]
    public void Given_capitals_as_subject_and_object_When_coded_Then_they_stand_for_their_states(
        string sentence, string actorKey, string actorName, string recipientKey, string recipientName)
    {
        // Given a sentence whose actor and target are capital cities

        // When
        var e = Assert.Single(Code(sentence));

        // Then
        Assert.Equal(EventType.Accuse, e.EventType);
        Assert.Equal(actorKey, e.Actor.Key);
        Assert.Equal(actorName, e.Actor.Name);
        Assert.Equal(ActorKind.State, e.Actor.Kind);
        Assert.Equal(recipientKey, e.Recipient?.Key);
        Assert.Equal(recipientName, e.Recipient?.Name);
        Assert.Null(e.Location);
    }

    [Fact]
    public void Given_named_negotiators_meeting_in_a_capital_When_coded_Then_the_capital_is_the_location_not_a_party()
    {
        // Given
        const string sentence = "Cho Hyun and Wang Yi met in Beijing on Monday.";

        // When
        var events = Code(sentence, "2026-01-06");

        // Then
        Assert.Equal(Expect("CONSULT CHN>KOR asserted; CONSULT KOR>CHN asserted"), Describe(events));
        Assert.All(events, e => Assert.Equal("Beijing", e.Location?.Name));
        Assert.All(events, e => Assert.Equal("CHN", e.Location?.Country));
    }

    [Fact]
    public void Given_a_visit_to_a_capital_When_coded_Then_the_capital_is_both_the_host_state_and_the_location()
    {
        // Given
        const string sentence = "The Japanese prime minister visited Seoul.";

        // When
        var e = Assert.Single(Code(sentence, "2024-03-10"));

        // Then
        Assert.Equal(EventType.Consult, e.EventType);
        Assert.Equal("JPN", e.Actor.Key);
        Assert.Equal("KOR", e.Recipient?.Key);
        Assert.Equal("Seoul", e.Location?.Name);
    }

    [Fact]
    public void Given_two_ministers_introduced_earlier_When_the_two_ministers_meet_Then_the_phrase_resolves_to_both_people()
    {
        // Given: two people introduced in the first sentence (where they met is not asserted here)
        const string text =
            "South Korean Foreign Minister Cho Hyun flew to China for talks with his counterpart Wang Yi. " +
            "The two ministers met on Monday.";

        // When
        var meeting = CodeDocument(text, "2026-01-06").Events.Where(e => e.SentenceIndex == 1).ToList();

        // Then
        Assert.Equal(Expect("CONSULT CHN>KOR asserted; CONSULT KOR>CHN asserted"), Describe(meeting));
        Assert.All(meeting, e => Assert.True(e.Reciprocal));
        Assert.Equal(["Cho Hyun", "Wang Yi"], meeting.Select(e => e.Actor.Name).Order(StringComparer.Ordinal));
    }
}
