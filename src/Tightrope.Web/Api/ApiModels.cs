namespace Tightrope.Web.Api;

// The API's response shapes. Property names go out in snake_case, as in the event record contract (DESIGN.md).

/// <summary>An actor or recipient of an event.</summary>
public sealed record ApiActor(string? Text, string? Name, string? Kind, string? Country, string? Sector, string? Title, string? Org, string? Code, string? Key,
    int? Start, int? End);

/// <summary>Where an event happened.</summary>
public sealed record ApiPlace(string? Text, string? Name, string? Country, double? Lat, double? Lon, int? Start, int? End);

/// <summary>The words that triggered an event (offsets into the document).</summary>
public sealed record ApiTrigger(string? Text, int? Start, int? End);

/// <summary>
/// One event in the record contract's shape, plus <c>sentence_start</c> (the sentence's offset in the document, when
/// the document text is known) so that spans can be shown inside the sentence.
/// </summary>
public sealed record ApiEvent(string EventId, string DocId, DateOnly? StoryDate, DateOnly? EventDate, string? DatePrecision, string EventType, string? EventMode,
    IReadOnlyList<string> Contexts, string Modality, bool Reciprocal, ApiActor? Actor, ApiActor? Recipient, ApiPlace? Location, ApiTrigger Trigger,
    int? SentenceIndex, string? Sentence, int? SentenceStart, string? CameoRoot, string? CameoCode, double? Goldstein, int? QuadClass, double? Confidence,
    string? DecidedBy, string? CoderVersion);

/// <summary>One page of events; pass <c>next_cursor</c> as <c>cursor</c> for the next (null on the last page).</summary>
public sealed record EventPage(IReadOnlyList<ApiEvent> Events, string? NextCursor);

/// <summary>An event with the document it came from.</summary>
public sealed record EventDetail(ApiEvent Event, DocumentLink Document);

/// <summary>Where a document can be read.</summary>
public sealed record DocumentLink(string DocId, string? Title, string? Url, string? Source, DateOnly? StoryDate, string Href);

/// <summary>A stored document with its text and events.</summary>
public sealed record ApiDocument(string DocId, string? SourceId, string? Title, string? Url, string? Source, DateOnly? StoryDate, string Status, string? Error,
    string? Text, IReadOnlyList<ApiEvent> Events);

/// <summary>One period of a dyad series.</summary>
public sealed record DyadPeriod(DateOnly Period, long Total, long VerbalCooperation, long MaterialCooperation, long VerbalConflict, long MaterialConflict,
    long AToB, long BToA, double? MeanGoldstein, long NetCooperation);

/// <summary>A dyad series.</summary>
public sealed record DyadSeries(string A, string B, string By, IReadOnlyList<DyadPeriod> Periods);

/// <summary>One period of the balance index.</summary>
public sealed record BalancePeriod(DateOnly Period, double TowardA, double TowardB, double Balance);

/// <summary>The tightrope index of <c>M</c> between <c>A</c> (+1) and <c>B</c> (−1).</summary>
public sealed record BalanceSeries(string M, string A, string B, string By, IReadOnlyList<BalancePeriod> Periods);

/// <summary>An actor in the network.</summary>
public sealed record NetworkNode(string Id, string Name, long Events);

/// <summary>A directed dyad in the network.</summary>
public sealed record NetworkLink(string Source, string Target, long Count, double MeanGoldstein, long NetCooperation);

/// <summary>Actors and the dyads between them.</summary>
public sealed record NetworkGraph(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkLink> Edges);

/// <summary>A catalog entry usable as an actor key.</summary>
public sealed record ActorEntry(string Key, string Name, string Kind);

/// <summary>A count by name.</summary>
public sealed record NamedCount(string Name, long Count);

/// <summary>A count by month.</summary>
public sealed record MonthCount(DateOnly Month, long Count);

/// <summary>A count by month and type.</summary>
public sealed record MonthTypeCount(DateOnly Month, string Type, long Count);

/// <summary>A dyad with its count and mean Goldstein.</summary>
public sealed record DyadCount(string Actor, string Recipient, long Count, double MeanGoldstein);

/// <summary>Totals and top lists.</summary>
public sealed record ApiStats(long Documents, long Rejected, long Events, long StoryEvents, IReadOnlyList<NamedCount> ByType, IReadOnlyList<MonthCount> ByMonth,
    IReadOnlyList<MonthTypeCount> TypesByMonth, IReadOnlyList<DyadCount> TopDyads, IReadOnlyList<NamedCount> TopActors);

/// <summary>Events located at one place.</summary>
public sealed record ApiLocation(string Name, string? Country, double Lat, double Lon, long Count, double MeanGoldstein);

/// <summary>Text to code.</summary>
public sealed record CodeRequest(string? Text, string? Date);

/// <summary>What the coder found in posted text.</summary>
public sealed record CodeResponse(string DocId, int Sentences, IReadOnlyList<ApiEvent> Events);

/// <summary>Server health.</summary>
public sealed record Health(string Status, long Events);
