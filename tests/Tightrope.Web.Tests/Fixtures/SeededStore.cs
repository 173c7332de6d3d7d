using Tightrope.Ingest;
using Tightrope.Pipeline;
using Tightrope.Storage;
using Xunit;

namespace Tightrope.Web.Tests.Fixtures;

/// <summary>A store holding the demo corpus, built once per test collection and deleted afterwards.</summary>
public sealed class SeededStore : IDisposable
{
    public SeededStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "tightrope-web-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Db = Path.Combine(Folder, "seeded.duckdb");
        var (store, problem) = DuckDbEventStore.Open(Db);
        Assert.True(store is not null, problem?.ToString());
        using (store)
        {
            string corpus = Path.Combine(AppContext.BaseDirectory, "corpus");
            Report = new IngestRunner(CoderPipeline.Default, store!, TimeProvider.System).Run(InputFiles.Read([corpus], null, null, 2_000_000));
        }
    }

    /// <summary>The temporary folder.</summary>
    public string Folder { get; }

    /// <summary>The store file.</summary>
    public string Db { get; }

    /// <summary>What the ingest did.</summary>
    public IngestReport Report { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}

/// <summary>Tests that share one seeded store.</summary>
[CollectionDefinition(Name)]
public sealed class SeededCollection : ICollectionFixture<SeededStore>
{
    public const string Name = "seeded store";
}
