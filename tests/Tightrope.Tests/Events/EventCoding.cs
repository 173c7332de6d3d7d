using System.Globalization;
using Tightrope.Events;
using Tightrope.Pipeline;

namespace Tightrope.Tests.Events;

/// <summary>
/// Codes short texts with the default pipeline and reduces each record to "TYPE ACTOR>RECIPIENT modality"
/// (keys are country codes or organisation codes, "-" for no recipient), sorted, for table-driven comparisons.
/// </summary>
internal static class EventCoding
{
    public static DateOnly Date(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static CodingResult CodeDocument(string text, string storyDate, string id = "doc") =>
        CoderPipeline.Default.Code(new Document { Id = id, Date = Date(storyDate), Text = text });

    public static IReadOnlyList<EventRecord> Code(string text, string storyDate = "2026-01-06") =>
        CodeDocument(text, storyDate).Events;

    public static string Describe(EventRecord record) =>
        $"{record.EventType.Name()} {record.Actor.Key ?? "?"}>{record.Recipient?.Key ?? "-"} {record.Modality.Name()}";

    /// <summary>The coded events of <paramref name="records"/> in the compact form, sorted.</summary>
    public static string[] Describe(IEnumerable<EventRecord> records) =>
        records.Select(Describe).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Parses an expectation such as "ACCUSE JPN>PRK asserted; MOBILIZE PRK>- asserted" (sorted).</summary>
    public static string[] Expect(string spec) =>
        spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).ToArray();
}
