using System.Text.Json;
using Tightrope.Pipeline;
using Xunit;

namespace Tightrope.Tests.Pipeline;

/// <summary>
/// The project's illustrative sample article (the README's main command) against the events a careful coder
/// listed for it in <c>samples/sample-article.expected.jsonl</c>.
/// </summary>
public class SampleArticleTests
{
    private static readonly string s_dir = Path.Combine(AppContext.BaseDirectory, "Samples");

    [Fact]
    public void Given_the_sample_article_When_coded_Then_it_finds_most_expected_events_and_few_others()
    {
        string text = File.ReadAllText(Path.Combine(s_dir, "sample-article.txt"));
        var expected = File.ReadLines(Path.Combine(s_dir, "sample-article.expected.jsonl"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToList();

        var predicted = CoderPipeline.Default.Code(new Document { Id = "sample", Date = new DateOnly(2026, 3, 16), Text = text }).Events.ToList();

        int matched = 0;
        var unmatched = new List<EventRecord>(predicted);
        foreach (var e in expected)
        {
            string sentence = e.GetProperty("sentence_contains").GetString()!;
            string type = e.GetProperty("type").GetString()!;
            string? actor = e.GetProperty("actor").GetString();
            string? recipient = e.TryGetProperty("recipient", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            int hit = unmatched.FindIndex(p => p.Sentence.Contains(sentence, StringComparison.Ordinal)
                && p.EventType.ToString().Equals(type, StringComparison.OrdinalIgnoreCase)
                && p.Actor.Key == actor && p.Recipient?.Key == recipient);
            if (hit >= 0)
            {
                matched++;
                unmatched.RemoveAt(hit);
            }
        }

        double recall = (double)matched / expected.Count;
        double precision = (double)matched / predicted.Count;
        Assert.True(recall >= 0.85, $"recall {recall:0.00} ({matched}/{expected.Count})");
        Assert.True(precision >= 0.90, $"precision {precision:0.00} ({matched}/{predicted.Count})");
    }

    [Fact]
    public void Given_the_sample_article_When_coded_Then_the_standing_fact_and_the_commentary_give_no_event()
    {
        string text = File.ReadAllText(Path.Combine(s_dir, "sample-article.txt"));

        var events = CoderPipeline.Default.Code(new Document { Date = new DateOnly(2026, 3, 16), Text = text }).Events;

        Assert.DoesNotContain(events, e => e.Sentence.Contains("largest trading partner", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Sentence.StartsWith("Analysts", StringComparison.Ordinal));
    }
}
