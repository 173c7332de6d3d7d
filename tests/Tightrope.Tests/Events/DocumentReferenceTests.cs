using Tightrope.Events;
using Xunit;
using static Tightrope.Tests.Events.EventCoding;

namespace Tightrope.Tests.Events;

/// <summary>
/// References resolved across a document: "it" after an agent of its own sentence, "the lawmakers" named before,
/// and domestic agents placed by the other agents of their sentence rather than by the story's main country.
/// </summary>
public sealed class DocumentReferenceTests
{
    [Theory]
    [InlineData("Iran released two French nationals on Monday. Israel's army said it had killed a senior Hezbollah commander in southern Lebanon.", "ISR")]
    [InlineData("The Netherlands blocked exports to China. Pakistan's army said its troops had killed five militants near the Afghan border.", "PAK")]
    public void Given_it_after_an_agent_of_its_own_sentence_When_coded_Then_it_is_that_agent_not_the_state_named_before(string text, string actor)
    {
        var second = CodeDocument(text, "2026-01-05").Events.Where(e => e.SentenceIndex == 1).ToList();

        var e = Assert.Single(second);
        Assert.Equal(EventType.Assault, e.EventType);
        Assert.Equal(actor, e.Actor.Key);
    }

    [Fact]
    public void Given_two_states_joined_by_and_the_When_their_follows_Then_their_is_both_not_the_group_named_before()
    {
        const string text = "The Philippine coast guard said it was monitoring the area. "
            + "The United States and the Philippines began their annual exercises on Monday.";

        var second = CodeDocument(text, "2026-01-05").Events.Where(e => e.SentenceIndex == 1).ToList();

        Assert.Equal(["PHL", "USA"], second.Select(e => e.Actor.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Given_a_mediator_named_last_When_the_two_countries_agree_Then_the_pair_is_the_two_most_mentioned()
    {
        const string text = "India struck Pakistan on Monday. Pakistan shelled India on Tuesday. "
            + "A Saudi minister visited both capitals this week to mediate. On Saturday, the two countries agreed to a ceasefire.";

        var events = CodeDocument(text, "2026-01-05").Events;

        Assert.Equal(Expect("CONSULT SAU>IND asserted; CONSULT SAU>PAK asserted"), Describe(events.Where(e => e.SentenceIndex == 2)));
        Assert.Equal(Expect("AGREE IND>PAK asserted; AGREE PAK>IND asserted"), Describe(events.Where(e => e.SentenceIndex == 3)));
    }

    [Fact]
    public void Given_both_sides_as_the_object_of_a_third_state_When_coded_Then_the_subject_is_not_one_of_the_sides()
    {
        var events = CodeDocument("India and Pakistan traded fire. The United States urged both sides to show restraint.", "2026-01-05").Events;

        Assert.Equal(Expect("REQUEST USA>IND asserted; REQUEST USA>PAK asserted"), Describe(events.Where(e => e.SentenceIndex == 1)));
    }

    [Fact]
    public void Given_a_reporter_who_names_the_strikes_of_another_When_coded_Then_the_strikes_keep_their_actor_and_the_reporter_speaks_again()
    {
        const string text = "India launched missile strikes on sites in Pakistan on Wednesday. "
            + "Pakistan said the strikes killed 26 civilians, including children, and vowed to retaliate.";

        var second = CodeDocument(text, "2026-01-05").Events.Where(e => e.SentenceIndex == 1).ToList();

        Assert.Contains(second, e => e.EventType == EventType.Threaten && e.Actor.Key == "PAK" && e.Actor.Kind == Tightrope.Actors.ActorKind.State);
        Assert.DoesNotContain(second, e => e.EventType == EventType.Assault && e.Actor.Key == "PAK");
    }

    [Fact]
    public void Given_a_new_subject_after_and_an_irregular_verb_When_coded_Then_the_second_clause_has_its_own_actor()
    {
        const string text = "South Korea and the United States began their spring exercise on Monday, and North Korea responded by firing two ballistic missiles.";

        var events = CodeDocument(text, "2026-01-05").Events;

        Assert.Contains(events, e => e.EventType == EventType.Mobilize && e.Actor.Key == "PRK");
        Assert.DoesNotContain(events, e => e.EventType == EventType.Mobilize && e.Actor.Key is "KOR" or "USA");
    }

    [Fact]
    public void Given_the_lawmakers_named_before_When_a_later_sentence_says_the_lawmakers_Then_they_keep_their_country()
    {
        const string text = "A group of South Korean lawmakers visited Taiwan on Monday. "
            + "China's foreign ministry accused the lawmakers of interfering in its internal affairs.";

        var events = CodeDocument(text, "2026-01-05").Events;

        Assert.Equal(Expect("ACCUSE CHN>KOR asserted; CONSULT KOR>TWN asserted"), Describe(events));
    }

    [Fact]
    public void Given_the_government_after_another_states_officials_When_coded_Then_it_is_not_given_that_state()
    {
        const string text = "Chinese officials criticised the plan. Lawmakers in Seoul urged the government to respond.";

        var events = CodeDocument(text, "2026-01-05").Events;

        Assert.DoesNotContain(events, e => e.SentenceIndex == 1 && e.Recipient?.Key == "CHN");
    }

    [Fact]
    public void Given_protesters_beside_police_of_a_named_city_When_coded_Then_neither_takes_the_country_the_story_mentioned_first()
    {
        const string text = "China criticised the vote on Sunday. China urged calm. "
            + "Police in Nairobi fired tear gas at thousands of protesters demanding the president's resignation.";

        var last = CodeDocument(text, "2026-01-05").Events.Where(e => e.SentenceIndex == 2).ToList();

        Assert.NotEmpty(last);
        Assert.All(last, e => Assert.Equal("KEN", e.Actor.Key));
        Assert.DoesNotContain(last, e => e.Recipient?.Key == "CHN");
    }
}
