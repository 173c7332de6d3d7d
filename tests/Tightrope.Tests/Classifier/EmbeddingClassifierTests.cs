using Tightrope.Classifier.Coding;
using Tightrope.Classifier.Embedding;
using Tightrope.Classifier.Evaluation;
using Tightrope.Classifier.Model;
using Tightrope.Classifier.Training;
using Tightrope.Events;
using Tightrope.Pipeline;
using Xunit;

namespace Tightrope.Tests.Classifier;

public class EmbeddingClassifierTests
{
    /// <summary>Two dimensions: "attack" words light the first, "talks" words the second; counts its calls.</summary>
    private sealed class KeywordEmbedder : ISentenceEmbedder
    {
        public int Calls { get; private set; }

        public int Dimensions => 2;

        public float[][] Embed(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default)
        {
            Calls++;
            return [.. sentences.Select(s => new[] { s.Contains("attack", StringComparison.Ordinal) ? 4f : 0f, s.Contains("talks", StringComparison.Ordinal) ? 4f : 0f })];
        }

        public void Dispose()
        {
        }
    }

    // NONE wins at the origin; each keyword dimension pushes its own type.
    private static SoftmaxHead Head() => new("keywords", [LabelledSentence.NoEvent, "ASSAULT", "CONSULT"], 2, [0, 0, 2, 0, 0, 2], [1, 0, 0]);

    [Fact]
    public void Head_labels_map_to_event_types_and_no_event()
    {
        var classifier = new EmbeddingClassifier(() => new KeywordEmbedder(), Head(), "test");
        var scores = classifier.Classify(["Rebels attack a town.", "Envoys hold talks.", "It rained."]);
        Assert.Equal(EventType.Assault, scores[0].Best);
        Assert.True(scores[0].FindsEvent);
        Assert.Equal(EventType.Consult, scores[1].Best);
        Assert.False(scores[2].FindsEvent);
        Assert.Equal(1.0, scores[0].NoEvent + scores[0].Of(EventType.Assault) + scores[0].Of(EventType.Consult), 5);
        Assert.Equal(0.0, scores[0].Of(EventType.Protest));
        Assert.Equal(["ASSAULT", "CONSULT", LabelledSentence.NoEvent], scores.Select(SentenceEvaluation.Label));
    }

    [Fact]
    public void The_embedder_is_created_only_when_a_sentence_is_scored()
    {
        int created = 0;
        var classifier = new EmbeddingClassifier(() => { created++; return new KeywordEmbedder(); }, Head(), "test");
        var coder = CoderPipeline.Default.WithClassifier(classifier);
        coder.Code(new Document { Text = "It rained all day in the hills." });
        Assert.Equal(0, created);
        coder.Code(new Document { Text = "China held talks with Japan." });
        Assert.Equal(1, created);
    }

    [Fact]
    public void A_head_with_a_label_that_is_not_a_type_is_refused()
    {
        var head = new SoftmaxHead("x", ["NONE", "PARTY"], 1, [0, 0], [0, 0]);
        Assert.Throws<FormatException>(() => new EmbeddingClassifier(() => new KeywordEmbedder(), head, "bad"));
    }

    [Fact]
    public void Caching_embedder_embeds_each_distinct_sentence_once()
    {
        var inner = new KeywordEmbedder();
        var cache = new CachingEmbedder(inner);
        var first = cache.Embed(["a talks", "b attack", "a talks"]);
        var second = cache.Embed(["b attack"]);
        Assert.Equal(1, inner.Calls);
        Assert.Equal(2, cache.Count);
        Assert.Same(first[1], second[0]);
        Assert.Same(first[0], first[2]);
    }

    [Fact]
    public void Story_type_is_the_first_event_reported_as_happening()
    {
        var events = CoderPipeline.Default.Code(new Document
        {
            Text = "China did not criticise Japan. Russia attacked Ukraine. Seoul thanked Washington.",
            Date = new DateOnly(2026, 1, 5),
        }).Events;
        Assert.Equal("ASSAULT", StoryEvaluation.StoryType(events));
        Assert.Equal(LabelledSentence.NoEvent, StoryEvaluation.StoryType([]));
    }

    [Fact]
    public void Lead_is_the_first_three_sentences()
    {
        Assert.Equal("One. Two two. Three?", StoryEvaluation.Lead("One. Two two. Three? Four. Five."));
        Assert.Equal("Only one.", StoryEvaluation.Lead("Only one."));
    }
}
