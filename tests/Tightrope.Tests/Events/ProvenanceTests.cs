using System.Text.RegularExpressions;
using Tightrope.Pipeline;
using Xunit;
using static Tightrope.Tests.Events.EventCoding;

namespace Tightrope.Tests.Events;

public sealed partial class ProvenanceTests
{
    // Curly apostrophes and an em dash check that offsets refer to the text as given, not a normalised copy.
    private const string Article =
        "Japan\u2019s government condemned North Korea\u2019s missile launch on Tuesday. " +
        "Officials said the talks would continue.\n\n" +
        "South Korean President Lee Jae Myung met Chinese President Xi Jinping in Beijing \u2014 their second meeting this year. " +
        "He urged China to help restart talks with Pyongyang. " +
        "Japan and South Korea agreed to share intelligence.";

    private static readonly CodingResult s_result = CodeDocument(Article, "2026-01-07", "doc-9");

    [GeneratedRegex(@"^doc-9:(\d+):(\d+)$")]
    private static partial Regex EventIdPattern();

    [Fact]
    public void Given_an_article_When_coded_Then_it_yields_events_from_several_sentences()
    {
        // Given / When: the shared coding of the article

        // Then: the checks below have something to check
        Assert.True(s_result.Events.Count >= 5, $"only {s_result.Events.Count} events");
        Assert.True(s_result.Events.Select(e => e.SentenceIndex).Distinct().Count() >= 3);
    }

    [Fact]
    public void Given_coded_events_When_the_trigger_offsets_are_applied_to_the_text_Then_they_give_the_trigger_text()
    {
        Assert.All(s_result.Events, e =>
        {
            Assert.InRange(e.TriggerStart, 0, Article.Length);
            Assert.InRange(e.TriggerEnd, e.TriggerStart + 1, Article.Length);
            Assert.Equal(e.TriggerText, Article[e.TriggerStart..e.TriggerEnd]);
        });
    }

    [Fact]
    public void Given_coded_events_When_the_actor_and_recipient_offsets_are_applied_to_the_text_Then_they_give_their_text()
    {
        Assert.All(s_result.Events, e =>
        {
            Assert.InRange(e.Actor.Start, 0, Article.Length);
            Assert.InRange(e.Actor.End, e.Actor.Start + 1, Article.Length);
            Assert.Equal(e.Actor.Text, Article[e.Actor.Start..e.Actor.End]);
            if (e.Recipient is { } r)
            {
                Assert.Equal(r.Text, Article[r.Start..r.End]);
            }

            if (e.Location is { } l)
            {
                Assert.Equal(l.Text, Article[l.Start..l.End]);
            }
        });
    }

    [Fact]
    public void Given_coded_events_When_their_ids_are_read_Then_they_have_the_form_doc_sentence_n_numbered_per_sentence()
    {
        Assert.All(s_result.Events, e =>
        {
            var m = EventIdPattern().Match(e.EventId);
            Assert.True(m.Success, e.EventId);
            Assert.Equal(e.SentenceIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Groups[1].Value);
            Assert.Equal("doc-9", e.DocId);
        });
        foreach (var group in s_result.Events.GroupBy(e => e.SentenceIndex))
        {
            var expected = Enumerable.Range(0, group.Count()).Select(n => $"doc-9:{group.Key}:{n}");
            Assert.Equal(expected, group.Select(e => e.EventId));
        }

        Assert.Equal(s_result.Events.Count, s_result.Events.Select(e => e.EventId).Distinct().Count());
    }

    [Fact]
    public void Given_coded_events_When_their_sentence_is_checked_Then_it_is_the_sentence_that_contains_the_trigger()
    {
        Assert.All(s_result.Events, e =>
        {
            Assert.InRange(e.SentenceIndex, 0, s_result.Sentences.Count - 1);
            var span = s_result.Sentences[e.SentenceIndex];
            Assert.Equal(span.Start, e.SentenceStart);
            Assert.Equal(Article[span.Start..span.End], e.Sentence);
            Assert.True(span.Start <= e.TriggerStart && e.TriggerEnd <= span.End, $"{e.EventId}: trigger outside its sentence");
        });
    }

    [Fact]
    public void Given_coded_events_When_the_coder_version_is_read_Then_it_names_tightrope_and_matches_the_pipeline()
    {
        Assert.All(s_result.Events, e =>
        {
            Assert.StartsWith("tightrope/", e.CoderVersion, StringComparison.Ordinal);
            Assert.Equal(CoderPipeline.Default.Version, e.CoderVersion);
        });
    }

    [Fact]
    public void Given_events_in_text_order_When_listed_Then_sentence_indexes_never_decrease()
    {
        var indexes = s_result.Events.Select(e => e.SentenceIndex).ToList();
        Assert.Equal(indexes.Order(), indexes);
    }

    [Fact]
    public void Given_a_document_without_an_id_When_coded_twice_Then_the_derived_id_is_stable_and_used_in_event_ids()
    {
        // Given
        var doc = new Document { Date = Date("2026-01-07"), Text = "Canada apologised to India for the remarks." };

        // When
        var first = CoderPipeline.Default.Code(doc);
        var second = CoderPipeline.Default.Code(doc);

        // Then
        Assert.Equal(first.DocId, second.DocId);
        Assert.Matches("^[0-9a-f]{16}$", first.DocId);
        var e = Assert.Single(first.Events);
        Assert.Equal($"{first.DocId}:0:0", e.EventId);
    }
}
