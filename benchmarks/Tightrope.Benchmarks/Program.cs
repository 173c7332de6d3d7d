using BenchmarkDotNet.Running;
using Tightrope.Benchmarks;

if (args.Length > 0 && args[0] == "--startup")
{
    // Cold start: the first pipeline build in a fresh process, JIT included (what a CLI run pays).
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var cold = new Tightrope.Pipeline.CoderPipelineBuilder().Build();
    watch.Stop();
    Console.WriteLine($"cold pipeline build (catalog of {cold.Catalog.People.Count:N0} people, {cold.Catalog.Places.Count:N0} places): {watch.Elapsed.TotalMilliseconds:N0} ms");
    return 0;
}

if (args.Length > 1 && args[0] == "--ingest")
{
    StoreBench.Ingest(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args.Length > 1 && args[0] == "--analytics")
{
    StoreBench.Analytics(long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args.Length > 1 && args[0] == "--model")
{
    ModelBench.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args.Length > 1 && args[0] == "--api")
{
    await ApiBench.Run(long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args.Length > 0 && args[0] == "--alloc")
{
    AllocationProbe.Run();
    return 0;
}

if (args.Length > 0 && args[0] == "--quick")
{
    // A plain stopwatch run for development: not a substitute for the BenchmarkDotNet figures in the README.
    var corpus = SyntheticCorpus.Articles(10_000, 8);
    var pipeline = Tightrope.Pipeline.CoderPipeline.Default;
    var date = new DateOnly(2026, 1, 5);
    var docs = corpus.Select((t, i) => new Tightrope.Pipeline.Document { Id = $"d{i}", Date = date, Text = t }).ToList();
    foreach (var d in docs.Take(200))
    {
        pipeline.Code(d);
    }

    var watch = System.Diagnostics.Stopwatch.StartNew();
    int events = 0;
    for (int round = 0; round < 3; round++)
    {
        foreach (var d in docs)
        {
            events += pipeline.Code(d).Events.Count;
        }
    }

    watch.Stop();
    Console.WriteLine($"{30_000 / watch.Elapsed.TotalSeconds:N0} sentences/s ({events / 3} events per pass)");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(CoderBenchmarks).Assembly).Run(args);
return 0;
