using BenchmarkDotNet.Attributes;
using Tightrope.Pipeline;

namespace Tightrope.Benchmarks;

/// <summary>
/// Whole-pipeline throughput on one core: 10,000 generated sentences in articles of 8 sentences. Each reported
/// operation is one sentence, so sentences per second = 1 s / Mean.
/// </summary>
[MemoryDiagnoser]
public class CoderBenchmarks
{
    private const int SentenceCount = 10_000;
    private const int SentencesPerArticle = 8;
    private List<Document> _documents = [];
    private CoderPipeline _pipeline = null!;

    /// <summary>Builds the corpus and the pipeline once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _pipeline = CoderPipeline.Default;
        var date = new DateOnly(2026, 1, 5);
        _documents = [.. SyntheticCorpus.Articles(SentenceCount, SentencesPerArticle).Select((text, i) => new Document { Id = $"d{i}", Date = date, Text = text })];
    }

    /// <summary>Codes the whole corpus; the result is per sentence.</summary>
    [Benchmark(OperationsPerInvoke = SentenceCount)]
    public int CodeSentences()
    {
        int events = 0;
        foreach (var document in _documents)
        {
            events += _pipeline.Code(document).Events.Count;
        }

        return events;
    }
}

/// <summary>Start-up cost: building the default pipeline (catalog load, tries, lexicon).</summary>
[MemoryDiagnoser]
public class StartupBenchmarks
{
    /// <summary>Builds a fresh pipeline from the embedded data.</summary>
    [Benchmark]
    public CoderPipeline BuildPipeline() => new CoderPipelineBuilder().Build();
}
