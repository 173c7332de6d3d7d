using System.Data.Common;
using System.Globalization;
using Tightrope.Actors;
using Tightrope.Pipeline;
using Tightrope.Text;
using Tightrope.Web.Api;

namespace Tightrope.Web.Data;

/// <summary>Turns stored rows (flat columns) and freshly coded records into <see cref="ApiEvent"/>s.</summary>
internal static class EventMapping
{
    /// <summary>The event in the current row of <paramref name="reader"/> (a <c>SELECT *</c> of <c>events</c>).</summary>
    public static ApiEvent FromRow(DbDataReader reader, int? sentenceStart)
    {
        string? S(string column) => reader[column] is string s ? s : null;
        int? I(string column) => reader[column] is DBNull ? null : Convert.ToInt32(reader[column], CultureInfo.InvariantCulture);
        double? D(string column) => reader[column] is DBNull ? null : Convert.ToDouble(reader[column], CultureInfo.InvariantCulture);
        DateOnly? Date(string column) => reader[column] switch
        {
            DateTime t => DateOnly.FromDateTime(t),
            DateOnly d => d,
            _ => null,
        };
        ApiActor? Actor(string p) => S(p + "_key") is null && S(p + "_text") is null ? null
            : new ApiActor(S(p + "_text"), S(p + "_name"), S(p + "_kind"), S(p + "_country"), S(p + "_sector"), S(p + "_title"), S(p + "_org"), S(p + "_code"),
                S(p + "_key"), I(p + "_start"), I(p + "_end"));

        var location = S("location_name") is null ? null
            : new ApiPlace(S("location_text"), S("location_name"), S("location_country"), D("location_lat"), D("location_lon"), I("location_start"), I("location_end"));
        string contexts = S("contexts") ?? string.Empty;
        return new ApiEvent(S("event_id")!, S("doc_id")!, Date("story_date"), Date("event_date"), S("date_precision"), S("event_type")!, S("event_mode"),
            contexts.Split('|', StringSplitOptions.RemoveEmptyEntries), S("modality")!, reader["reciprocal"] is true, Actor("actor"), Actor("recipient"), location,
            new ApiTrigger(S("trigger_text"), I("trigger_start"), I("trigger_end")), I("sentence_index"), S("sentence"), sentenceStart, S("cameo_root"),
            S("cameo_code"), D("goldstein"), I("quad_class"), D("confidence"), S("decided_by"), S("coder_version"));
    }

    /// <summary>A freshly coded record (its sentence offset is known).</summary>
    public static ApiEvent FromRecord(EventRecord e)
    {
        static ApiActor? Actor(ActorRef? a) => a is null ? null
            : new ApiActor(a.Text, a.Name, EventRecordJson.Kind(a.Kind), a.Country, a.Sector, a.Title, a.Org, a.Code, a.Key, a.Start, a.End);
        var location = e.Location is { } l ? new ApiPlace(l.Text, l.Name, l.Country, l.Lat, l.Lon, l.Start, l.End) : null;
        return new ApiEvent(e.EventId, e.DocId, e.StoryDate, e.EventDate, EventRecordJson.Precision(e.DatePrecision), e.EventType.ToString().ToUpperInvariant(),
            e.EventMode, e.Contexts, e.Modality.ToString().ToLowerInvariant(), e.Reciprocal, Actor(e.Actor), Actor(e.Recipient), location,
            new ApiTrigger(e.TriggerText, e.TriggerStart, e.TriggerEnd), e.SentenceIndex, e.Sentence, e.SentenceStart, e.CameoRoot, e.Cameo, e.Goldstein,
            e.QuadClass, e.Confidence, e.DecidedBy, e.CoderVersion);
    }

    /// <summary>
    /// Where sentence <paramref name="index"/> starts in <paramref name="text"/>. The store keeps each event's sentence
    /// and document offsets but not the sentence's own offset; splitting the text again (normalisation keeps offsets)
    /// gives it back exactly.
    /// </summary>
    public static int? SentenceStart(string? text, int? index, Dictionary<string, IReadOnlyList<TextSpan>> cache, string docId)
    {
        if (text is null || index is not { } i)
        {
            return null;
        }

        if (!cache.TryGetValue(docId, out var spans))
        {
            spans = SentenceSplitter.Split(TextNormalizer.Normalize(text));
            cache[docId] = spans;
        }

        return i >= 0 && i < spans.Count ? spans[i].Start : null;
    }
}
