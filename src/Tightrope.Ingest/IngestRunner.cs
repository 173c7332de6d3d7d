using System.Security.Cryptography;
using System.Text;
using Tightrope.Pipeline;
using Tightrope.Storage;
using Tightrope.Text;

namespace Tightrope.Ingest;

/// <summary>Progress of an ingest, reported after each batch.</summary>
/// <param name="Documents">Documents handled so far (new, present or rejected).</param>
/// <param name="Events">Events stored so far.</param>
/// <param name="Elapsed">Time since the start.</param>
public readonly record struct IngestProgress(long Documents, long Events, TimeSpan Elapsed)
{
    /// <summary>Documents per second so far.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Documents / Elapsed.TotalSeconds : 0;
}

/// <summary>The outcome of an ingest: documents new, already present, rejected (by reason), events stored.</summary>
public sealed record IngestReport(long New, long AlreadyPresent, long Events, IReadOnlyDictionary<string, long> RejectedByReason, TimeSpan Elapsed)
{
    /// <summary>Rejected documents, all reasons together.</summary>
    public long Rejected => RejectedByReason.Values.Sum();
}

/// <summary>
/// Reads documents, codes them on all cores and writes them in batches, one transaction per batch. Documents
/// already stored (same normalised text) are skipped before coding, so running the same ingest twice adds
/// nothing, and an interrupted one resumes where it stopped.
/// </summary>
public sealed class IngestRunner(CoderPipeline pipeline, IEventStore store, TimeProvider time)
{
    /// <summary>Documents per batch (and per transaction).</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Ingests every item; a bad one is recorded with its error and never stops the rest.</summary>
    public IngestReport Run(IEnumerable<IngestItem> items, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        long started = time.GetTimestamp();
        long added = 0, present = 0, events = 0, handled = 0;
        var rejected = new Dictionary<string, long>(StringComparer.Ordinal);
        var batch = new List<IngestItem>(BatchSize);
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            batch.Add(item);
            if (batch.Count >= BatchSize)
            {
                Flush();
            }
        }

        Flush();
        store.RebuildStoryEvents();
        return new IngestReport(added, present, events, rejected, time.GetElapsedTime(started));

        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }

            var documents = Prepare(batch);
            var summary = store.Write(documents, time.GetUtcNow().UtcDateTime);
            added += summary.NewDocuments;
            present += summary.AlreadyPresent;
            events += summary.Events;
            foreach (var d in documents.Where(d => d.Status != "coded"))
            {
                rejected[d.Error ?? "unknown"] = rejected.GetValueOrDefault(d.Error ?? "unknown") + 1;
            }

            handled += batch.Count;
            batch.Clear();
            progress?.Report(new IngestProgress(handled, events, time.GetElapsedTime(started)));
        }
    }

    // Documents per coding call: enough to fill the model's batches, small enough to keep both cores busy.
    private const int CodingChunk = 32;

    private StoredDocument Stored(IngestItem item, string hash, Document document, CodingResult? coded)
    {
        if (coded is null)
        {
            try
            {
                coded = pipeline.Code(document);
            }
#pragma warning disable CA1031 // one document's bug must not lose the batch: it is recorded with its error instead
            catch (Exception e)
#pragma warning restore CA1031
            {
                return new StoredDocument { DocId = hash, ContentHash = hash, Url = item.Origin, Status = "rejected", Error = $"internal error while coding ({e.GetType().Name}); please report it" };
            }
        }

        var source = item.Document!;
        return new StoredDocument
        {
            DocId = hash,
            ContentHash = hash,
            SourceId = source.Id,
            Url = source.Url ?? item.Origin,
            Title = source.Title,
            Source = source.Source,
            StoryDate = source.Date,
            Text = source.Text,
            Events = coded.Events,
        };
    }

    private List<StoredDocument> Prepare(List<IngestItem> batch)
    {
        var hashes = new string[batch.Count];
        for (int i = 0; i < batch.Count; i++)
        {
            var item = batch[i];
            hashes[i] = item.Document is { } d
                ? CoderPipeline.ContentId(TextNormalizer.Normalize(d.Text))
                : "rejected:" + Hash(item.Origin + "\n" + item.Error);
        }

        var existing = store.ExistingHashes(hashes);
        var result = new StoredDocument?[batch.Count];
        var toCode = new List<int>(batch.Count);
        for (int i = 0; i < batch.Count; i++)
        {
            var item = batch[i];
            if (existing.Contains(hashes[i]))
            {
                result[i] = new StoredDocument { DocId = hashes[i], ContentHash = hashes[i] };
            }
            else if (item.Document is null)
            {
                result[i] = new StoredDocument { DocId = hashes[i], ContentHash = hashes[i], Url = item.Origin, Status = "rejected", Error = item.Error };
            }
            else
            {
                toCode.Add(i);
            }
        }

        // Chunks, not single documents, go to the workers: the model scores a chunk's sentences in one call.
        Parallel.ForEach(toCode.Chunk(CodingChunk), chunk =>
        {
            // The store keys documents by content hash (ids given by inputs may collide); the given id is kept too.
            var documents = chunk.Select(i => batch[i].Document! with { Id = hashes[i] }).ToArray();
            IReadOnlyList<CodingResult>? coded = null;
            try
            {
                coded = pipeline.CodeMany(documents);
            }
#pragma warning disable CA1031 // one document's bug must not lose the chunk: each is retried alone below
            catch (Exception)
#pragma warning restore CA1031
            {
            }

            for (int k = 0; k < chunk.Length; k++)
            {
                result[chunk[k]] = Stored(batch[chunk[k]], hashes[chunk[k]], documents[k], coded?[k]);
            }
        });

        return [.. result.Select(r => r!)];
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)).AsSpan(0, 8));
}
