using Tightrope.Events;
using Tightrope.Pipeline;
using Xunit;

namespace Tightrope.Tests.Pipeline;

public class CombinationTests
{
    /// <summary>Answers every sentence with one fixed distribution and remembers what it was asked.</summary>
    private sealed class FixedClassifier(EventType? type, double probability) : ISentenceClassifier
    {
        public List<string> Asked { get; } = [];

        public string Name => "fixed";

        public IReadOnlyList<TypeScores> Classify(IReadOnlyList<string> sentences)
        {
            lock (Asked)
            {
                Asked.AddRange(sentences);
            }

            return [.. sentences.Select(_ => Scores())];
        }

        private TypeScores Scores()
        {
            var byType = new double[TypeScores.EventTypes];
            double rest = (1 - probability) / TypeScores.EventTypes;
            Array.Fill(byType, rest);
            if (type is { } t)
            {
                byType[(int)t] = probability;
                return new TypeScores(rest, byType);
            }

            return new TypeScores(probability, byType);
        }
    }

    private static readonly DateOnly Date = new(2026, 3, 2);

    private static readonly CombinationRule Adding = CombinationRule.WithAdditions;

    private static CodingResult Code(string text, ISentenceClassifier? classifier, CombinationRule? rule = null) =>
        CoderPipeline.Default.Code(new Document { Text = text, Date = Date }, classifier, rule);

    [Fact]
    public void Model_agreement_marks_lexicon_events_both_and_raises_confidence()
    {
        const string text = "Japan's foreign minister met his Chinese counterpart in Beijing on Monday.";
        var lexicon = Code(text, null).Events.Single();
        var combined = Code(text, new FixedClassifier(EventType.Consult, 0.9)).Events.Single();
        Assert.Equal("lexicon", lexicon.DecidedBy);
        Assert.Equal("both", combined.DecidedBy);
        Assert.True(combined.Confidence > lexicon.Confidence);
        Assert.Equal(lexicon with { DecidedBy = "both", Confidence = combined.Confidence }, combined);
    }

    [Fact]
    public void Confident_disagreement_keeps_the_lexicon_event_with_less_confidence()
    {
        const string text = "Japan's foreign minister met his Chinese counterpart in Beijing on Monday.";
        var lexicon = Code(text, null).Events.Single();
        var doubted = Code(text, new FixedClassifier(null, 0.97)).Events.Single();
        Assert.Equal("lexicon", doubted.DecidedBy);
        Assert.Equal(EventType.Consult, doubted.EventType);
        Assert.True(doubted.Confidence < lexicon.Confidence);
    }

    [Fact]
    public void Model_adds_an_event_the_lexicon_missed_with_roles_and_lower_confidence()
    {
        // "pummelled" is not in the lexicon: only the model can see an attack here.
        const string text = "Russia pummelled Ukraine's eastern defences overnight.";
        Assert.Empty(Code(text, null).Events);
        var added = Code(text, new FixedClassifier(EventType.Assault, 0.9), Adding).Events.Single();
        Assert.Equal("model", added.DecidedBy);
        Assert.Equal(EventType.Assault, added.EventType);
        Assert.Equal("RUS", added.Actor.Key);
        Assert.Equal("UKR", added.Recipient?.Key);
        Assert.Equal("pummelled", added.TriggerText);
        Assert.Equal(Modality.Asserted, added.Modality);
        Assert.True(added.Confidence <= (0.9 * CombinationRule.Default.ModelConfidenceScale) + 0.005, $"confidence {added.Confidence}");
        Assert.Equal(text.IndexOf("pummelled", StringComparison.Ordinal), added.TriggerStart);
    }

    [Fact]
    public void Without_a_recipient_in_the_frame_the_model_takes_the_next_other_actor()
    {
        // "commended the friendship between …": no actor is the verb's object, so roles come from actor order, and the
        // actor's own state ("India") is skipped.
        const string text = "Modi commended the growing friendship between India and Japan in a letter to Ishiba.";
        Assert.Empty(Code(text, null).Events);
        var added = Code(text, new FixedClassifier(EventType.Support, 0.9), Adding).Events.Single();
        Assert.Equal("model", added.DecidedBy);
        Assert.Equal("IND", added.Actor.Country);
        Assert.Equal("JPN", added.Recipient?.Country);
    }

    [Fact]
    public void A_predicate_after_an_apposition_is_a_frame_for_the_model()
    {
        const string text = "Kenyan President William Ruto, speaking after a cabinet meeting, scolded Uganda over the fuel pipeline.";
        Assert.Empty(Code(text, null).Events);
        var added = Code(text, new FixedClassifier(EventType.Accuse, 0.9), Adding).Events.Single();
        Assert.Equal("model", added.DecidedBy);
        Assert.Equal("scolded", added.TriggerText);
        Assert.Equal("KEN", added.Actor.Country);
        Assert.Equal("UGA", added.Recipient?.Key);
    }

    [Fact]
    public void Model_events_keep_modality_and_the_lexicon_checks()
    {
        var negated = Code("Russia has not pummelled Ukraine's defences.", new FixedClassifier(EventType.Assault, 0.9), Adding).Events.Single();
        Assert.Equal(Modality.Negated, negated.Modality);
        Assert.DoesNotContain(Code("If Russia pummels Ukraine, Europe will respond.", new FixedClassifier(EventType.Assault, 0.9), Adding).Events,
            e => e.EventType == EventType.Assault);
    }

    [Fact]
    public void Without_a_verbal_frame_the_model_adds_nothing()
    {
        // A noun after the actor is no predicate: better no event than one hung on "city".
        Assert.Empty(Code("A car bomb exploded in the Panama City centre on Friday.", new FixedClassifier(EventType.Assault, 0.95), Adding).Events);
        Assert.Empty(Code("Russia's pummelling of Ukraine's defences went on.", new FixedClassifier(EventType.Assault, 0.95), Adding).Events);

        // A stop phrase of the lexicon stays a stop phrase for the model.
        Assert.Empty(Code("A spokesman for Japan's foreign ministry declined to comment on the report.", new FixedClassifier(EventType.Reject, 0.95), Adding).Events);
    }

    [Fact]
    public void A_borrowed_frame_keeps_the_lexicon_checks_of_the_whole_sentence()
    {
        // "sent" belongs to Taiwan's ministry, not to the Chinese aircraft: the model's type must not move the actor.
        const string text = "Taiwan's defence ministry said it tracked 45 Chinese aircraft near the island and sent its own ships to monitor them.";
        var events = Code(text, new FixedClassifier(EventType.Mobilize, 0.95), Adding).Events;
        Assert.DoesNotContain(events, e => e.Actor.Key == "CHN");

        // A reporting verb is no predicate of its own.
        Assert.Empty(Code("The US military announced Friday that its units were leaving the region.", new FixedClassifier(EventType.Retreat, 0.95), Adding).Events);
    }

    [Fact]
    public void Weak_model_scores_add_nothing()
    {
        const string text = "Russia pummelled Ukraine's eastern defences overnight.";
        Assert.Empty(Code(text, new FixedClassifier(EventType.Assault, 0.4), Adding).Events);
        Assert.Empty(Code(text, new FixedClassifier(null, 0.9), Adding).Events);
    }

    [Fact]
    public void The_default_rule_never_adds_events()
    {
        const string text = "Russia pummelled Ukraine's eastern defences overnight.";
        Assert.False(CombinationRule.Default.AddEvents);
        Assert.Empty(Code(text, new FixedClassifier(EventType.Assault, 0.99)).Events);
        Assert.Single(Code(text, new FixedClassifier(EventType.Assault, 0.99), Adding).Events);
    }

    [Fact]
    public void A_predicate_is_no_frame_after_a_passive_a_pronoun_or_a_hyphenated_actor()
    {
        var sure = new FixedClassifier(EventType.Assault, 0.95);

        // The actor of "were pummelled" is the one pummelled; "it" is too weak to carry a guess; "Russia-backed" is a modifier.
        Assert.Empty(Code("Ukrainian towns were pummelled overnight.", sure, Adding).Events);
        Assert.DoesNotContain(Code("Russia said it pummelled Ukraine's defences.", sure, Adding).Events, e => e.DecidedBy == "model");
        Assert.Empty(Code("Russia-backed fighters pummelled the town overnight.", sure, Adding).Events);

        // An irregular past tense is a predicate like a regular one.
        var added = Code("Russia threw hundreds of drones at Ukraine's eastern defences.", sure, Adding).Events.Single();
        Assert.Equal(("threw", "RUS", "UKR"), (added.TriggerText, added.Actor.Key, added.Recipient?.Key));
    }

    [Fact]
    public void Only_sentences_with_an_actor_are_scored_and_at_most_the_rule_allows()
    {
        var classifier = new FixedClassifier(null, 0.9);
        Code("It rained all day. China criticised Japan. The weather was cold. Seoul thanked Washington.", classifier);
        Assert.Equal(["China criticised Japan.", "Seoul thanked Washington."], classifier.Asked);

        var capped = new FixedClassifier(null, 0.9);
        Code("China criticised Japan. Seoul thanked Washington. Paris called Berlin.", capped, CombinationRule.Default with { MaxSentences = 2 });
        Assert.Equal(2, capped.Asked.Count);
    }

    [Fact]
    public void The_default_pipeline_without_a_classifier_is_unchanged()
    {
        const string text = "China criticised Japan on Tuesday. Seoul thanked Washington for its support.";
        var plain = CoderPipeline.Default.Code(new Document { Text = text, Date = Date });
        var viaNull = CoderPipeline.Default.WithClassifier(null).Code(new Document { Text = text, Date = Date });
        Assert.Equal(plain.Events, viaNull.Events);
        Assert.All(plain.Events, e => Assert.Equal("lexicon", e.DecidedBy));
    }
}
