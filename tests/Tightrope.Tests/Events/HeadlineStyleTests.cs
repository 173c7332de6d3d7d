using Xunit;
using static Tightrope.Tests.Events.EventCoding;

namespace Tightrope.Tests.Events;

/// <summary>Headlines: title case, present tense for the past, and "X to do" for the future.</summary>
public sealed class HeadlineStyleTests
{
    [Theory]
    // Capitals in a title-case headline are no sign of a name: "Kenyan Police Fire Tear Gas" is not a person.
    [InlineData("Kenyan Police Fire Tear Gas at Protesters in Nairobi", "ASSAULT KEN>KEN asserted")]
    [InlineData("Indian Farmers Block Highways in Protest Over Crop Prices", "PROTEST IND>IND asserted")]
    // Catalog names keep matching in title case, also when a word of the name is an ordinary word.
    [InlineData("Chinese Coast Guard Vessels Ram Philippine Boat Near Disputed Shoal", "ASSAULT CHN>PHL asserted")]
    [InlineData("Theresa May Meets Macron in Paris", "CONSULT GBR>FRA asserted")]
    // A long preposition may stay lower case; a comma between the opening actors stands for "and".
    [InlineData("Peru, Chile Sign Fisheries Pact after Long Dispute", "SUPPORT CHL>PER asserted; SUPPORT PER>CHL asserted")]
    [InlineData("Kenya, Uganda Hold Joint Border Patrols", "COOPERATE KEN>UGA asserted; COOPERATE UGA>KEN asserted")]
    // Headlines report the past in the present tense, support verbs included.
    [InlineData("Poland Begins Investigation Into Russian Sabotage", "ACCUSE POL>RUS asserted")]
    // "X to do": a headline's future.
    [InlineData("China To Hold Live-Fire Drills Near Taiwan", "MOBILIZE CHN>TWN intended")]
    [InlineData("Japan to expel Russian diplomats", "SANCTION JPN>RUS intended")]
    [InlineData("US to impose new tariffs on China", "SANCTION USA>CHN intended")]
    public void Given_a_headline_When_coded_Then_it_reads_like_the_sentence_it_stands_for(string headline, string expected)
    {
        Assert.Equal(Expect(expected), Describe(Code(headline, "2018-05-02")));
    }

    [Theory]
    // Prose whose long words are all capitalised names and titles still reads right.
    [InlineData("South Korean President Lee Jae Myung met Chinese President Xi Jinping in Beijing on Monday.", "CONSULT KOR>CHN asserted")]
    // A "to" after an object or a verb is still no headline future.
    [InlineData("The UN asked Russia to withdraw its troops.", "REQUEST UN>RUS asserted")]
    [InlineData("Japan urged China to hold talks.", "REQUEST JPN>CHN asserted")]
    // In prose a comma after the subject opens an aside, not a list of subjects.
    [InlineData("Peru, which hosted the talks, criticised Chile.", "ACCUSE PER>CHL asserted")]
    public void Given_prose_When_coded_Then_headline_rules_do_not_apply(string sentence, string expected)
    {
        Assert.Equal(Expect(expected), Describe(Code(sentence, "2026-05-02")));
    }
}
