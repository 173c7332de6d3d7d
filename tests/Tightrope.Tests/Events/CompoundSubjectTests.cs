using Xunit;
using static Tightrope.Tests.Events.EventCoding;

namespace Tightrope.Tests.Events;

public sealed class CompoundSubjectTests
{
    [Theory]
    [InlineData("Japan and South Korea agreed to share intelligence.", "AGREE JPN>KOR asserted; AGREE KOR>JPN asserted")]
    [InlineData("Egypt and Jordan signed a water agreement.", "SUPPORT EGY>JOR asserted; SUPPORT JOR>EGY asserted")]
    [InlineData("Australia and New Zealand held joint naval exercises.", "COOPERATE AUS>NZL asserted; COOPERATE NZL>AUS asserted")]
    [InlineData("South Korea and China held talks in Beijing on Monday.", "CONSULT CHN>KOR asserted; CONSULT KOR>CHN asserted")]
    public void Given_two_parties_acting_together_When_coded_Then_one_reciprocal_event_per_direction(string sentence, string expected)
    {
        // Given a compound subject of a symmetric action

        // When
        var events = Code(sentence);

        // Then
        Assert.Equal(Expect(expected), Describe(events));
        Assert.All(events, e => Assert.True(e.Reciprocal, $"{Describe(e)} should be reciprocal"));
    }

    [Fact]
    public void Given_a_one_sided_action_When_coded_Then_the_event_is_not_reciprocal()
    {
        // Given
        const string sentence = "India signed a trade agreement with Australia.";

        // When
        var e = Assert.Single(Code(sentence));

        // Then
        Assert.False(e.Reciprocal);
    }
}
