using Tightrope.Actors;
using Tightrope.Events;
using Xunit;
using static Tightrope.Tests.Events.EventCoding;

namespace Tightrope.Tests.Events;

public sealed class PersonResolutionTests
{
    [Theory]
    [InlineData("2019-06-27", "Moon Jae In", "Shinzo Abe")]
    [InlineData("2023-05-01", "Yoon Suk Yeol", "Fumio Kishida")]
    [InlineData("2026-02-01", "Lee Jae Myung", "Sanae Takaichi")]
    public void Given_titles_without_names_When_coded_on_a_story_date_Then_the_office_holders_on_that_date_are_the_actors(
        string storyDate, string president, string primeMinister)
    {
        // Given
        const string sentence = "The South Korean president met the Japanese prime minister.";

        // When
        var e = Assert.Single(Code(sentence, storyDate));

        // Then
        Assert.Equal(EventType.Consult, e.EventType);
        Assert.Equal(president, e.Actor.Name);
        Assert.Equal(ActorKind.Person, e.Actor.Kind);
        Assert.Equal("KOR", e.Actor.Key);
        Assert.Equal(primeMinister, e.Recipient?.Name);
        Assert.Equal("JPN", e.Recipient?.Key);
    }

    [Theory]
    [InlineData(
        "Japanese Prime Minister Sanae Takaichi arrived in Washington on Sunday. She met US President Donald Trump on Monday.",
        "She", "Sanae Takaichi", "CONSULT JPN>USA asserted")]
    [InlineData(
        "Japanese Prime Minister Sanae Takaichi arrived in Washington on Sunday. Takaichi criticised China on Monday.",
        "Takaichi", "Sanae Takaichi", "ACCUSE JPN>CHN asserted")]
    [InlineData(
        "South Korean President Lee Jae Myung spoke at a forum in Seoul. He urged North Korea to return to talks.",
        "He", "Lee Jae Myung", "REQUEST KOR>PRK asserted")]
    [InlineData(
        "South Korean President Lee Jae Myung spoke at a forum in Seoul. Lee urged North Korea to return to talks.",
        "Lee", "Lee Jae Myung", "REQUEST KOR>PRK asserted")]
    public void Given_a_person_named_in_one_sentence_When_a_pronoun_or_surname_acts_in_the_next_Then_the_actor_is_that_person(
        string text, string reference, string person, string expected)
    {
        // Given a two-sentence text

        // When
        var second = CodeDocument(text, "2026-01-05").Events.Where(e => e.SentenceIndex == 1).ToList();

        // Then
        Assert.Equal(Expect(expected), Describe(second));
        var e = second[0];
        Assert.Equal(reference, e.Actor.Text);
        Assert.Equal(person, e.Actor.Name);
        Assert.Equal(ActorKind.Person, e.Actor.Kind);
    }
}
