using Tightrope.Actors;
using Tightrope.Events;
using Tightrope.Time;

namespace Tightrope.Pipeline;

/// <summary>
/// One coded event in the shape of the record contract (<c>DESIGN.md</c>): stable id, provenance (sentence and
/// character spans), who/what/whom/when/where, modality, CAMEO scores and confidence.
/// </summary>
public sealed record EventRecord
{
    /// <summary><c>{doc_id}:{sentence_index}:{n}</c>.</summary>
    public required string EventId { get; init; }

    /// <summary>Document id.</summary>
    public required string DocId { get; init; }

    /// <summary>Publication date.</summary>
    public DateOnly? StoryDate { get; init; }

    /// <summary>When the event happened.</summary>
    public DateOnly? EventDate { get; init; }

    /// <summary>Precision of <see cref="EventDate"/>.</summary>
    public DatePrecision DatePrecision { get; init; }

    /// <summary>POLECAT type.</summary>
    public required EventType EventType { get; init; }

    /// <summary>POLECAT mode.</summary>
    public string? EventMode { get; init; }

    /// <summary>PLOVER contexts.</summary>
    public IReadOnlyList<string> Contexts { get; init; } = [];

    /// <summary>Modality.</summary>
    public Modality Modality { get; init; }

    /// <summary>One of a reciprocal pair.</summary>
    public bool Reciprocal { get; init; }

    /// <summary>Who acts.</summary>
    public required ActorRef Actor { get; init; }

    /// <summary>Who is acted on.</summary>
    public ActorRef? Recipient { get; init; }

    /// <summary>Where.</summary>
    public PlaceRef? Location { get; init; }

    /// <summary>Trigger text.</summary>
    public required string TriggerText { get; init; }

    /// <summary>Trigger start offset.</summary>
    public int TriggerStart { get; init; }

    /// <summary>Trigger end offset.</summary>
    public int TriggerEnd { get; init; }

    /// <summary>0-based sentence index.</summary>
    public int SentenceIndex { get; init; }

    /// <summary>The sentence text.</summary>
    public required string Sentence { get; init; }

    /// <summary>Sentence start offset in the document.</summary>
    public int SentenceStart { get; init; }

    /// <summary>CAMEO code of the event.</summary>
    public required string Cameo { get; init; }

    /// <summary>Two-digit CAMEO root.</summary>
    public string CameoRoot => Cameo[..2];

    /// <summary>Goldstein value.</summary>
    public double Goldstein { get; init; }

    /// <summary>Quad class 1–4.</summary>
    public int QuadClass { get; init; }

    /// <summary>Confidence 0..1.</summary>
    public double Confidence { get; init; }

    /// <summary><c>lexicon</c>, <c>model</c> or <c>both</c>.</summary>
    public string DecidedBy { get; init; } = "lexicon";

    /// <summary><c>tightrope/x.y.z</c>.</summary>
    public required string CoderVersion { get; init; }
}
