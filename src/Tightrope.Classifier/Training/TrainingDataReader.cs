using System.Globalization;
using CsvHelper;
using Tightrope.Classifier.Evaluation;
using Tightrope.Data;
using Tightrope.Evaluation;
using Tightrope.Events;
using Tightrope.Pipeline;
using Tightrope.Text;

namespace Tightrope.Classifier.Training;

/// <summary>
/// Reads training sentences from a story CSV (columns <c>text</c>, <c>title</c>, <c>label</c>, optionally
/// <c>headline</c> or <c>prompt</c>: one labelled story per row, the event stated in the headline and lead) or from a gold JSONL file (one sentence per line with its coded events).
/// </summary>
public static class TrainingDataReader
{
    /// <summary>
    /// Parses already-decoded training text by the extension of <paramref name="name"/> (.csv stories or .jsonl gold
    /// sentences); faults go to <paramref name="errors"/>.
    /// </summary>
    public static List<LabelledSentence> Parse(string name, string text, List<DataError> errors) => Parse(name, text, errors, null, null);

    /// <summary>
    /// As <see cref="Parse(string, string, List{DataError})"/>, also collecting whole stories into <paramref name="stories"/>
    /// and gold items into <paramref name="gold"/>, for scoring the combined coder.
    /// </summary>
    public static List<LabelledSentence> Parse(string name, string text, List<DataError> errors, List<LabelledStory>? stories, List<GoldItem>? gold)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".csv" => ReadStories(name, new StringReader(text), errors, stories),
            ".jsonl" => ReadGold(name, text.Split('\n'), errors, gold),
            ".tsv" => ReadSentences(name, text.Split('\n'), errors),
            _ => Fail(name, "training data must be .csv (stories), .jsonl (gold sentences) or .tsv (labelled sentences)", errors),
        };
    }

    /// <summary>
    /// Sentence examples from labelled stories: each of a story's first <see cref="StorySentences"/> sentences, labelled
    /// by what the lexicon codes in it when the whole passage is coded (the type of its first event reported as
    /// happening, or no event; sentences whose only events are negated or hypothetical are left out), grouped by
    /// headline template so a held-out split never tests on a template it trained on. The story's own label is a
    /// document-level judgement, weakly tied to any one sentence; it is kept in <paramref name="stories"/> to score
    /// the coder on whole stories.
    /// </summary>
    public static List<LabelledSentence> ReadStories(string name, TextReader reader, List<DataError> errors, List<LabelledStory>? stories = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(errors);
        var result = new List<LabelledSentence>();
        using (reader)
        using (var csv = CsvReader.Create(reader, new CsvReaderOptions { HasHeader = true }, leaveOpen: false))
        {
            bool any = csv.Read();
            var header = csv.Headers;
            if (header is null || !header.Contains("text") || !header.Contains("label"))
            {
                return Fail(name, "a story CSV needs a header with \"text\" and \"label\" columns", errors);
            }

            bool hasTitle = header.Contains("title");
            string? headlineColumn = header.Contains("headline") ? "headline" : header.Contains("prompt") ? "prompt" : null;
            for (; any; any = csv.Read())
            {
                int line = (int)csv.RowNumber;
                string text = csv.GetString("text");
                string label = csv.GetString("label");
                if (!EventNames.TryParseType(label, out var type))
                {
                    errors.Add(new DataError(name, line, $"unknown event type \"{label}\""));
                    continue;
                }

                if (string.IsNullOrWhiteSpace(text))
                {
                    errors.Add(new DataError(name, line, "story has no text"));
                    continue;
                }

                string group = hasTitle ? csv.GetString("title") : $"row{line}";
                foreach (var (sentence, sentenceLabel) in LexiconLabels(text))
                {
                    result.Add(new LabelledSentence(sentence, sentenceLabel, group));
                }

                stories?.Add(new LabelledStory(text, type.Name(), group, headlineColumn is null ? null : Headline(csv.GetString(headlineColumn))));
            }
        }

        return result;
    }

    /// <summary>
    /// The headline in a <c>headline</c> column, or the first line of a <c>prompt</c> column (the synthetic stories
    /// were written from a prompt that starts with the headline, then a dateline); null when blank.
    /// </summary>
    internal static string? Headline(string cell)
    {
        foreach (var line in cell.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (!trimmed.IsEmpty)
            {
                return trimmed.ToString();
            }
        }

        return null;
    }

    /// <summary>How many sentences of each story become examples: the lead and the body that still speaks of it.</summary>
    public const int StorySentences = 8;

    /// <summary>
    /// The first <see cref="StorySentences"/> sentences of a story with the lexicon's label for each (see
    /// <see cref="ReadStories"/>). The passage is coded as one document so pronouns and surnames resolve as they do
    /// in use.
    /// </summary>
    internal static List<(string Sentence, string Label)> LexiconLabels(string text)
    {
        string normalized = TextNormalizer.Normalize(text);
        var spans = FirstSentences(normalized, StorySentences);
        var result = new List<(string, string)>();
        if (spans.Count == 0)
        {
            return result;
        }

        var events = CoderPipeline.Default.Code(new Document { Text = normalized[..spans[^1].End] }).Events;
        foreach (var span in spans)
        {
            var inSentence = events.Where(e => e.SentenceStart >= span.Start && e.SentenceStart < span.End).ToList();
            string label = StoryEvaluation.StoryType(inSentence);
            if (inSentence.Count == 0 || label != LabelledSentence.NoEvent)
            {
                result.Add((span.Slice(normalized).Trim().ToString(), label));
            }
        }

        return result;
    }

    /// <summary>The spans of the first <paramref name="count"/> non-empty sentences of <paramref name="normalized"/>.</summary>
    internal static List<TextSpan> FirstSentences(string normalized, int count)
    {
        var spans = new List<TextSpan>(count);
        foreach (var span in SentenceSplitter.Split(normalized))
        {
            if (!span.Slice(normalized).Trim().IsEmpty)
            {
                spans.Add(span);
                if (spans.Count == count)
                {
                    break;
                }
            }
        }

        return spans;
    }

    /// <summary>Group of a gold example: this prefix and the item's id.</summary>
    public const string GoldGroupPrefix = "gold:";

    /// <summary>One example per gold item: its first event's type, or <see cref="LabelledSentence.NoEvent"/>.</summary>
    public static List<LabelledSentence> ReadGold(string name, IEnumerable<string> lines, List<DataError> errors, List<GoldItem>? gold = null)
    {
        var result = new List<LabelledSentence>();
        foreach (var item in GoldReader.Parse(name, lines, errors))
        {
            gold?.Add(item);
            string label = item.Events.Count == 0 ? LabelledSentence.NoEvent : item.Events[0].Type.Name();
            result.Add(new LabelledSentence(item.Text, label, GoldGroupPrefix + item.Id));
        }

        return result;
    }

    /// <summary>Group of a hand-labelled sentence: this prefix, the file name and the line number.</summary>
    public const string SentenceGroupPrefix = "sentence:";

    /// <summary>
    /// Hand-labelled sentences, one per line as <c>LABEL&lt;TAB&gt;sentence</c> (a POLECAT type name, or NONE for a
    /// sentence that reports no event); blank lines and lines starting with <c>#</c> are skipped. Each sentence is its
    /// own group. They train the head; only gold items score the coder.
    /// </summary>
    public static List<LabelledSentence> ReadSentences(string name, IEnumerable<string> lines, List<DataError> errors)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(errors);
        var result = new List<LabelledSentence>();
        string file = Path.GetFileName(name);
        int line = 0;
        foreach (var raw in lines)
        {
            line++;
            var row = raw.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(row) || row.StartsWith('#'))
            {
                continue;
            }

            int tab = row.IndexOf('\t', StringComparison.Ordinal);
            string label = tab < 0 ? string.Empty : row[..tab].Trim();
            string text = tab < 0 ? string.Empty : row[(tab + 1)..].Trim();
            if (tab < 0 || text.Length == 0)
            {
                errors.Add(new DataError(name, line, "expected LABEL<TAB>sentence"));
            }
            else if (label.Equals(LabelledSentence.NoEvent, StringComparison.OrdinalIgnoreCase))
            {
                result.Add(new LabelledSentence(text, LabelledSentence.NoEvent, $"{SentenceGroupPrefix}{file}:{line}"));
            }
            else if (EventNames.TryParseType(label, out var type))
            {
                result.Add(new LabelledSentence(text, type.Name(), $"{SentenceGroupPrefix}{file}:{line}"));
            }
            else
            {
                errors.Add(new DataError(name, line, $"unknown label \"{label}\" (a POLECAT type or NONE)"));
            }
        }

        return result;
    }

    private static List<LabelledSentence> Fail(string name, string message, List<DataError> errors)
    {
        errors.Add(new DataError(name, 0, message));
        return [];
    }
}
