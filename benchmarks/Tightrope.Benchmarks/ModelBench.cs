using System.Diagnostics;
using System.Globalization;
using Tightrope.Classifier.Coding;
using Tightrope.Classifier.Embedding;
using Tightrope.Pipeline;
using Tightrope.Text;

namespace Tightrope.Benchmarks;

/// <summary>
/// <c>--model N</c>: MiniLM embedding throughput, then whole-pipeline articles/s with the model on and off, on N
/// generated articles of 8 sentences. A stopwatch bench (a model call is milliseconds, so BenchmarkDotNet's
/// per-invocation machinery adds nothing here), warmed before timing.
/// </summary>
internal static class ModelBench
{
    public static void Run(int articles)
    {
        var corpus = SyntheticCorpus.Articles(articles * 8, 8);
        var date = new DateOnly(2026, 1, 5);
        var docs = corpus.Select((t, i) => new Document { Id = $"d{i}", Date = date, Text = t }).ToList();
        var sentences = corpus.SelectMany(SentencesOf).Distinct(StringComparer.Ordinal).Take(2_000).ToList();

        using (var embedder = new MiniLmEmbedder())
        {
            embedder.Embed(sentences.Take(64).ToList());
            var watch = Stopwatch.StartNew();
            embedder.Embed(sentences);
            watch.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"embedding: {sentences.Count / watch.Elapsed.TotalSeconds:N0} sentences/s ({sentences.Count:N0} distinct sentences, mean {sentences.Average(s => s.Length):N0} chars, {Environment.ProcessorCount} cores)"));
        }

        Measure("lexicon only", CoderPipeline.Default, docs);
        Measure("lexicon + model", EventModel.Coder, docs);
    }

    private static void Measure(string name, CoderPipeline coder, List<Document> docs)
    {
        foreach (var d in docs.Take(20))
        {
            coder.Code(d);
        }

        long events = 0, model = 0, both = 0;
        var watch = Stopwatch.StartNew();

        // As ingest runs it: chunks of 32 documents in parallel over every core, one shared coder.
        Parallel.ForEach(docs.Chunk(32), chunk =>
        {
            foreach (var r in coder.CodeMany(chunk))
            {
                Interlocked.Add(ref events, r.Events.Count);
                Interlocked.Add(ref model, r.Events.Count(e => e.DecidedBy == "model"));
                Interlocked.Add(ref both, r.Events.Count(e => e.DecidedBy == "both"));
            }
        });
        watch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {docs.Count / watch.Elapsed.TotalSeconds:N1} articles/s ({docs.Count:N0} articles of 8 sentences, {events:N0} events, {both:N0} confirmed, {model:N0} added by the model)"));
    }

    private static IEnumerable<string> SentencesOf(string text)
    {
        foreach (var span in SentenceSplitter.Split(text))
        {
            yield return span.Slice(text).Trim().ToString();
        }
    }
}
