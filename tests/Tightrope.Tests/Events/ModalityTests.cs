using Tightrope.Events;
using Xunit;
using static Tightrope.Tests.Events.EventCoding;

namespace Tightrope.Tests.Events;

public sealed class ModalityTests
{
    [Theory]
    [InlineData("Brazil did not criticise Argentina.", "ACCUSE BRA>ARG negated")]
    [InlineData("Spain did not sign the agreement with Morocco.", "SUPPORT ESP>MAR negated")]
    [InlineData("Japan has not apologised to South Korea.", "CONCEDE JPN>KOR negated")]
    [InlineData("India never attacked Pakistan.", "ASSAULT IND>PAK negated")]
    [InlineData("India has never recognised Taiwan.", "SUPPORT IND>TWN negated")]
    public void Given_a_negated_verb_When_coded_Then_the_event_is_negated(string sentence, string expected)
    {
        // Given a sentence with "did not", "has not" or "never"

        // When
        var events = Code(sentence);

        // Then
        Assert.Equal(Expect(expected), Describe(events));
    }

    [Theory]
    [InlineData("Germany plans to send aid to Ukraine.", "AID DEU>UKR intended")]
    [InlineData("India plans to impose tariffs on Chinese steel.", "SANCTION IND>CHN intended")]
    [InlineData("France will impose sanctions on Russia.", "SANCTION FRA>RUS intended")]
    [InlineData("The Indian prime minister will visit Tokyo next week.", "CONSULT IND>JPN intended")]
    public void Given_a_plan_or_will_When_coded_Then_the_event_is_intended(string sentence, string expected)
    {
        // Given a sentence with "plans to" or "will"

        // When
        var events = Code(sentence);

        // Then
        Assert.Equal(Expect(expected), Describe(events));
    }

    [Theory]
    [InlineData("The Chinese foreign minister is expected to visit Seoul.", "CONSULT CHN>KOR expected")]
    [InlineData("Japan is set to lift its ban on South Korean seafood.", "CONCEDE JPN>KOR expected")]
    public void Given_an_expectation_When_coded_Then_the_event_is_expected(string sentence, string expected)
    {
        // Given a sentence with "is expected to" or "is set to"

        // When
        var events = Code(sentence);

        // Then
        Assert.Equal(Expect(expected), Describe(events));
    }

    [Theory]
    [InlineData("China could impose tariffs on Australian wine.", "SANCTION CHN>AUS hypothetical")]
    [InlineData("If talks fail, Israel could attack Iran.", "ASSAULT ISR>IRN hypothetical")]
    [InlineData("If China blockades Taiwan, Japan would impose sanctions on China.", "SANCTION JPN>CHN hypothetical")]
    [InlineData("Poland would deploy troops to Lithuania if Russia invaded.", "MOBILIZE POL>LTU hypothetical")]
    public void Given_a_possibility_or_a_conditional_main_clause_When_coded_Then_the_event_is_hypothetical(string sentence, string expected)
    {
        // Given a sentence with "could" or a main clause conditioned on an "if" clause

        // When
        var events = Code(sentence);

        // Then
        Assert.Equal(Expect(expected), Describe(events));
    }

    [Fact]
    public void Given_an_if_clause_with_its_own_event_verb_When_coded_Then_only_the_main_clause_is_coded()
    {
        // Given: "attacks" sits inside the condition
        const string sentence = "If Iran attacks Israel, the United States will impose sanctions on Iran.";

        // When
        var events = Code(sentence);

        // Then
        // (the main clause promises sanctions on a condition: a threat of sanctions, CAMEO 1312)
        var e = Assert.Single(events);
        Assert.Equal(EventType.Threaten, e.EventType);
        Assert.Equal("1312", e.Cameo);
        Assert.Equal("USA", e.Actor.Key);
        Assert.Equal("IRN", e.Recipient?.Key);
        Assert.Equal(Modality.Asserted, e.Modality);
        Assert.DoesNotContain(events, x => x.EventType == EventType.Assault);
    }

    [Fact]
    public void Given_the_same_event_plainly_stated_When_coded_Then_it_is_asserted()
    {
        // Given the control for the modal variants above
        const string sentence = "France imposed sanctions on Russia.";

        // When
        var events = Code(sentence);

        // Then
        Assert.Equal(Expect("SANCTION FRA>RUS asserted"), Describe(events));
    }

    [Theory]
    // Intended force or pressure under a condition is a threat; other intended events keep their type.
    [InlineData("China will impose sanctions on Japan if Tokyo continues the patrols.", "THREATEN CHN>JPN asserted")]
    [InlineData("Israel will strike Lebanon unless the rocket fire stops.", "THREATEN ISR>LBN asserted")]
    [InlineData("Japan will send aid to Ukraine if the war continues.", "AID JPN>UKR intended")]
    [InlineData("If Tokyo continues the patrols, China will impose sanctions on Japan.", "THREATEN CHN>JPN asserted")]
    [InlineData("If Japan attacks, China could strike Japan.", "ASSAULT CHN>JPN hypothetical")]
    public void Given_a_conditional_intent_When_coded_Then_force_and_pressure_are_threats(string sentence, string expected)
    {
        Assert.Equal(Expect(expected), Describe(Code(sentence)));
    }

    [Theory]
    // What the actor denies is not reported as happening.
    [InlineData("The Kremlin denied that it had attacked Ukrainian energy facilities.", "ASSAULT RUS>UKR negated")]
    [InlineData("Russia denied attacking Ukrainian energy facilities.", "ASSAULT RUS>- negated")]
    [InlineData("Russia attacked Ukraine after Kyiv denied the claims.", "ASSAULT RUS>UKR asserted")]
    public void Given_a_denial_When_coded_Then_the_denied_act_is_negated(string sentence, string expected)
    {
        Assert.Equal(Expect(expected), Describe(Code(sentence)));
    }
}
