namespace Tightrope.Benchmarks;

/// <summary>Bytes allocated per coded sentence (development probe: <c>-- --alloc</c>).</summary>
public static class AllocationProbe
{
    public static void Run()
    {
        var corpus = SyntheticCorpus.Articles(10_000, 8);
        var p = Tightrope.Pipeline.CoderPipeline.Default;
        var date = new DateOnly(2026, 1, 5);
        var docs = corpus.Select((t, i) => new Tightrope.Pipeline.Document { Id = $"d{i}", Date = date, Text = t }).ToList();
        foreach (var d in docs) p.Code(d);
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var d in docs) p.Code(d);
        long after = GC.GetAllocatedBytesForCurrentThread();
        Console.WriteLine($"{(after - before) / 10_000.0:N0} bytes per sentence; gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)}");
    }
}
