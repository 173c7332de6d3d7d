using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Tightrope.Actors;
using Tightrope.Events;
using Tightrope.Text;

namespace Tightrope.Pipeline;

/// <summary>
/// The coder: text in, event records out. Built once by <see cref="CoderPipelineBuilder"/>, immutable and safe to
/// share between threads; every call keeps its per-document state (sentences, reference memory) to itself.
/// </summary>
public sealed class CoderPipeline
{
    private static readonly Lazy<CoderPipeline> s_default = new(() => new CoderPipelineBuilder().Build());
    private readonly Vocabulary _vocabulary;
    private readonly ActorMatcher _matcher;
    private readonly EventExtractor _extractor;
    private readonly EventCues _cues;

    internal CoderPipeline(Vocabulary vocabulary, ActorMatcher matcher, EventExtractor extractor, EventCues cues,
        ISentenceClassifier? classifier = null, CombinationRule? rule = null)
    {
        Classifier = classifier;
        Rule = rule ?? CombinationRule.Default;
        _vocabulary = vocabulary;
        _matcher = matcher;
        _extractor = extractor;
        _cues = cues;
        Version = "tightrope/" + (typeof(CoderPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0");
    }

    /// <summary>The pipeline with the built-in catalog and lexicon.</summary>
    public static CoderPipeline Default => s_default.Value;

    /// <summary>The coder version written into every record (<c>tightrope/x.y.z</c>).</summary>
    public string Version { get; }

    /// <summary>The actor catalog in use.</summary>
    public ActorCatalog Catalog => _matcher.Catalog;

    /// <summary>The sentence classifier that works with the lexicon, or null for the lexicon-only coder.</summary>
    public ISentenceClassifier? Classifier { get; }

    /// <summary>How the lexicon and the classifier decide together.</summary>
    public CombinationRule Rule { get; }

    /// <summary>The same coder with another classifier (null: lexicon only); catalog and lexicon are shared.</summary>
    public CoderPipeline WithClassifier(ISentenceClassifier? classifier, CombinationRule? rule = null) =>
        new(_vocabulary, _matcher, _extractor, _cues, classifier, rule ?? Rule);

    /// <summary>Codes one document with this pipeline's classifier, if any.</summary>
    public CodingResult Code(Document document) => Code(document, Classifier, Rule);

    /// <summary>
    /// Codes one document; with a <paramref name="classifier"/>, the lexicon's events are judged by the model and the
    /// model may add events the lexicon missed, following <paramref name="rule"/> (<see cref="CombinationRule.Default"/>).
    /// </summary>
    public CodingResult Code(Document document, ISentenceClassifier? classifier, CombinationRule? rule = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return CodeMany([document], classifier, rule)[0];
    }

    /// <summary>Codes several documents with this pipeline's classifier, scoring all their candidate sentences in one call.</summary>
    public IReadOnlyList<CodingResult> CodeMany(IReadOnlyList<Document> documents) => CodeMany(documents, Classifier, Rule);

    /// <summary>
    /// Codes several documents; the classifier sees every candidate sentence of the batch at once, so it can batch
    /// them by length (embedding a few sentences per call wastes most of the model's time).
    /// </summary>
    public IReadOnlyList<CodingResult> CodeMany(IReadOnlyList<Document> documents, ISentenceClassifier? classifier, CombinationRule? rule = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        rule ??= CombinationRule.Default;
        var drafts = new Draft[documents.Count];
        int candidateCount = 0;
        for (int i = 0; i < drafts.Length; i++)
        {
            drafts[i] = CodeLexicon(documents[i], classifier is null ? 0 : rule.MaxSentences);
            candidateCount += drafts[i].Candidates.Count;
        }

        var results = new CodingResult[drafts.Length];
        if (candidateCount == 0)
        {
            // The lexicon-only path (and documents without candidates) ends here: nothing to score or combine.
            for (int i = 0; i < drafts.Length; i++)
            {
                results[i] = new CodingResult(drafts[i].DocId, drafts[i].Spans, drafts[i].Records);
            }

            return results;
        }

        var texts = new List<string>(candidateCount);
        foreach (var d in drafts)
        {
            texts.AddRange(d.Candidates.Select(c => c.Sentence.Text));
        }

        var scores = classifier!.Classify(texts);
        int offset = 0;
        for (int i = 0; i < drafts.Length; i++)
        {
            var d = drafts[i];
            var records = d.Candidates.Count == 0 ? d.Records : Combine(d, scores, offset, rule);
            offset += d.Candidates.Count;
            results[i] = new CodingResult(d.DocId, d.Spans, records);
        }

        return results;
    }

    /// <summary>A document coded by the lexicon, with the sentences the model should judge.</summary>
    private sealed record Draft(Document Document, string DocId, IReadOnlyList<TextSpan> Spans, List<EventRecord> Records,
        List<Candidate> Candidates, List<CodedEvent> History, DocumentMemory Memory);

    private Draft CodeLexicon(Document document, int maxCandidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Date is { Year: < 1900 or > 2200 })
        {
            document = document with { Date = null }; // a placeholder date (0001-01-01) says nothing about the story
        }

        string original = document.Text;
        string text = TextNormalizer.Normalize(original);
        string docId = document.Id ?? ContentId(text);
        var spans = SentenceSplitter.Split(text);
        var memory = new DocumentMemory();
        var tokenBuffer = new List<Token>(64);
        var mentions = new List<Mention>();
        var coded = new List<CodedEvent>();
        var history = new List<CodedEvent>();
        var records = new List<EventRecord>();
        var candidates = new List<Candidate>();
        for (int si = 0; si < spans.Count; si++)
        {
            var sentence = Analyze(text, original, si, spans[si], tokenBuffer);
            mentions.Clear();
            coded.Clear();
            _matcher.FindMentions(sentence, memory, document.Date, mentions);
            if (candidates.Count < maxCandidates && mentions.Exists(m => m.Actor?.Key is not null))
            {
                candidates.Add(new Candidate(sentence, [.. mentions]));
            }

            _extractor.Extract(sentence, mentions, document.Date, coded, history, memory);
            if (IsEventAnaphor(sentence) && history.Exists(static e => e.Type == EventType.Consult))
            {
                // "The meeting, held in Beijing, …" elaborates the event just reported: no new consultation, but
                // its place is the place of that event. With none reported before, "The visit by Modi to Moscow …"
                // is the report.
                BackfillLocation(records, si, mentions);
                coded.RemoveAll(e => e.Type == EventType.Consult);
            }

            int n = 0;
            foreach (var e in coded)
            {
                records.Add(ToRecord(document, docId, sentence, e, n++));
            }

            history.AddRange(coded);
        }

        return new Draft(document, docId, spans, records, candidates, history, memory);
    }

    private sealed record Candidate(Sentence Sentence, List<Mention> Mentions);

    private List<EventRecord> Combine(Draft draft, IReadOnlyList<TypeScores> allScores, int offset, CombinationRule rule)
    {
        var (document, docId, _, records, candidates, history, memory) = draft;
        var scores = new TypeScores[candidates.Count];
        var bySentence = new Dictionary<int, TypeScores>(candidates.Count);
        for (int i = 0; i < candidates.Count; i++)
        {
            scores[i] = allScores[offset + i];
            bySentence[candidates[i].Sentence.Index] = scores[i];
        }

        var coded = new HashSet<int>();
        var combined = new List<EventRecord>(records.Count + 4);
        foreach (var r in records)
        {
            coded.Add(r.SentenceIndex);
            if (bySentence.TryGetValue(r.SentenceIndex, out var s))
            {
                var (decidedBy, confidence) = rule.Judge(r.EventType, r.Confidence, s);
                combined.Add(r with { DecidedBy = decidedBy, Confidence = confidence });
            }
            else
            {
                combined.Add(r);
            }
        }

        var added = new List<CodedEvent>();
        for (int i = 0; i < candidates.Count; i++)
        {
            var (sentence, mentions) = candidates[i];
            if (coded.Contains(sentence.Index) || !rule.Adds(scores[i]))
            {
                continue;
            }

            added.Clear();
            if (!_extractor.ExtractAs(sentence, mentions, document.Date, scores[i].Best, added, history, memory))
            {
                continue;
            }

            int n = 0;
            double cap = scores[i].BestProbability * rule.ModelConfidenceScale;
            foreach (var e in added)
            {
                combined.Add(ToRecord(document, docId, sentence, e, n++) with { DecidedBy = "model", Confidence = Math.Round(Math.Min(e.Confidence, cap), 2) });
            }
        }

        // Model events were appended after the lexicon's: restore text order (the sort is stable within a sentence).
        return [.. combined.OrderBy(r => r.SentenceIndex)];
    }

    /// <summary>
    /// The actor and place mentions the pipeline sees in each sentence, in the form "[text → KEY kind role]": for
    /// explaining a coding decision.
    /// </summary>
    public IReadOnlyList<string> ExplainMentions(Document document)
    {
        var mentions = FindMentions(document, out int sentences);
        var lines = new List<string>(sentences);
        for (int si = 0; si < sentences; si++)
        {
            var parts = mentions.Where(m => m.Sentence == si).Select(m =>
                $"[{m.Text} → {string.Join('+', m.Mention.Actors.Select(a => a.Key ?? "?"))}{(m.Mention.Place is null ? string.Empty : " @" + m.Mention.Place.Name)} {m.Mention.Actor?.Kind.ToString() ?? "place"} {m.Mention.Role}{(m.Mention.IsAnaphor ? " anaphor" : string.Empty)}]");
            lines.Add($"{si}: {string.Join(' ', parts)}");
        }

        return lines;
    }

    /// <summary>Every actor and place mention of a document, with its sentence index and text.</summary>
    public IReadOnlyList<(int Sentence, string Text, Mention Mention)> FindMentions(Document document) => FindMentions(document, out _);

    private List<(int Sentence, string Text, Mention Mention)> FindMentions(Document document, out int sentenceCount)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = TextNormalizer.Normalize(document.Text);
        var memory = new DocumentMemory();
        var buffer = new List<Token>();
        var found = new List<(int, string, Mention)>();
        var spans = SentenceSplitter.Split(text);
        var mentions = new List<Mention>();
        for (int si = 0; si < spans.Count; si++)
        {
            var sentence = Analyze(text, document.Text, si, spans[si], buffer);
            mentions.Clear();
            _matcher.FindMentions(sentence, memory, document.Date, mentions);
            foreach (var m in mentions)
            {
                found.Add((si, sentence.TextOf(m.FirstToken, m.EndToken), m));
            }
        }

        sentenceCount = spans.Count;
        return found;
    }

    /// <summary>Tokenises one sentence and assigns vocabulary ids.</summary>
    internal Sentence Analyze(string text, string original, int index, TextSpan span, List<Token> buffer)
    {
        buffer.Clear();
        Tokenizer.Tokenize(text, span, buffer);
        var tokens = new Token[buffer.Count];
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = buffer[i];
            var surface = text.AsSpan(t.Start, t.Length);
            int wordId = _vocabulary.Find(surface);
            int lemmaId = t.Kind != TokenKind.Word ? wordId : wordId >= 0 ? _vocabulary.LemmaOfKnown(wordId) : _vocabulary.FindLemma(surface);
            tokens[i] = t with { WordId = wordId, LemmaId = lemmaId };
        }

        HeadlineCase.Apply(text, tokens, _vocabulary);
        return new Sentence(text, original, index, span, tokens);
    }

    private bool IsEventAnaphor(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        return tokens.Length > 2 && _cues.The.Contains(tokens[0]) && tokens[0].Has(TokenFlags.Capitalized)
            && (_cues.AnaphoricEventNouns.Contains(tokens[1]) || (tokens.Length > 3 && _cues.AnaphoricEventNouns.Contains(tokens[2])));
    }

    private static void BackfillLocation(List<EventRecord> records, int sentenceIndex, List<Mention> mentions)
    {
        var place = mentions.FirstOrDefault(m => m.Role == MentionRole.Locative && m.Place is not null)?.Place;
        if (place is null)
        {
            return;
        }

        for (int i = records.Count - 1; i >= 0; i--)
        {
            var r = records[i];
            if (r.SentenceIndex < sentenceIndex - 2)
            {
                break;
            }

            if (r.EventType == EventType.Consult && r.Location is null)
            {
                records[i] = r with { Location = place };
            }
        }
    }

    private EventRecord ToRecord(Document document, string docId, Sentence sentence, CodedEvent e, int n) => new()
    {
        EventId = $"{docId}:{sentence.Index}:{n}",
        DocId = docId,
        StoryDate = document.Date,
        EventDate = e.Date.Date,
        DatePrecision = e.Date.Precision,
        EventType = e.Type,
        EventMode = e.Mode,
        Contexts = e.Contexts,
        Modality = e.Modality,
        Reciprocal = e.Reciprocal,
        Actor = e.Actor,
        Recipient = e.Recipient,
        Location = e.Location,
        TriggerText = sentence.OriginalText.Substring(e.Trigger.Start, e.Trigger.Length),
        TriggerStart = e.Trigger.Start,
        TriggerEnd = e.Trigger.End,
        SentenceIndex = sentence.Index,
        Sentence = sentence.Text,
        SentenceStart = sentence.Span.Start,
        Cameo = e.Cameo,
        Goldstein = e.Goldstein,
        QuadClass = e.QuadClass,
        Confidence = e.Confidence,
        CoderVersion = Version,
    };

    /// <summary>A stable id from the normalised text: the first 16 hex digits of its SHA-256.</summary>
    public static string ContentId(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalizedText), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
