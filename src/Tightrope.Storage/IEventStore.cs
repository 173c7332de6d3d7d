namespace Tightrope.Storage;

/// <summary>Row counts of a store.</summary>
/// <param name="Documents">Coded documents.</param>
/// <param name="Rejected">Documents kept with an error.</param>
/// <param name="Events">Event reports.</param>
/// <param name="StoryEvents">Happenings (reports grouped).</param>
public readonly record struct StoreCounts(long Documents, long Rejected, long Events, long StoryEvents);

/// <summary>
/// Where documents and events are kept. The embedded DuckDB store is the default; the interface leaves room for
/// a server backend.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>Writes a batch in one transaction; documents whose text is already stored are skipped.</summary>
    WriteSummary Write(IReadOnlyList<StoredDocument> documents, DateTime ingestedAt);

    /// <summary>The content hashes among <paramref name="hashes"/> that are already stored.</summary>
    IReadOnlySet<string> ExistingHashes(IEnumerable<string> hashes);

    /// <summary>Regroups event reports into story events (one per happening).</summary>
    void RebuildStoryEvents();

    /// <summary>Row counts.</summary>
    StoreCounts Counts();
}
