using Xunit;
using static Tightrope.Tests.Events.EventCoding;

namespace Tightrope.Tests.Events;

public sealed class PassiveVoiceTests
{
    [Theory]
    [InlineData("Sanctions were imposed on Iran by the European Union.", "SANCTION EU>IRN asserted")]
    [InlineData("The Japanese ambassador was summoned by Beijing.", "ACCUSE CHN>JPN asserted")]
    [InlineData("Two Chinese fishing boats were seized by South Korea.", "COERCE KOR>CHN asserted")]
    [InlineData("Venezuela was criticised by Brazil over the election.", "ACCUSE BRA>VEN asserted")]
    [InlineData("A Ukrainian hospital was bombed by Russian aircraft.", "ASSAULT RUS>UKR asserted")]
    public void Given_a_passive_sentence_with_a_by_agent_When_coded_Then_the_agent_is_the_actor_and_the_subject_the_recipient(string sentence, string expected)
    {
        // Given a one-sentence story

        // When
        var events = Code(sentence);

        // Then
        Assert.Equal(Expect(expected), Describe(events));
    }

    [Fact]
    public void Given_a_passive_summons_of_an_ambassador_When_coded_Then_the_city_metonym_becomes_the_state_actor()
    {
        // Given
        const string sentence = "The Japanese ambassador was summoned by Beijing.";

        // When
        var e = Assert.Single(Code(sentence));

        // Then
        Assert.Equal("China", e.Actor.Name);
        Assert.Equal("Beijing", e.Actor.Text);
        Assert.Equal("summoned", e.TriggerText);
    }
}
