using System.Globalization;
using CsvHelper;
using Tightrope.Data;
using Tightrope.Evaluation;
using Tightrope.Events;
using Tightrope.Pipeline;
using Tightrope.Text;

namespace Tightrope.Classifier.Training;

/// <summary>
/// Reads training sentences from a story CSV (columns <c>text</c>, <c>title</c>, <c>label</c>: one labelled story per
/// row, the event stated in the lead) or from a gold JSONL file (one sentence per line with its coded events).
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
            _ => Fail(name, "training data must be .csv (stories) or .jsonl (gold sentences)", errors),
        };
    }

    /// <summary>
    /// One example per story: its lead sentence, labelled with the story's type and grouped by headline template, so
    /// a held-out split never tests on a template it trained on; and, where the story has one, a background sentence
    /// labelled no-event (see <see cref="BackgroundSentence"/>).
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

                string? lead = LeadSentence(text);
                if (lead is null)
                {
                    errors.Add(new DataError(name, line, "story has no text"));
                    continue;
                }

                string group = hasTitle ? csv.GetString("title") : $"row{line}";
                result.Add(new LabelledSentence(lead, type.Name(), group));
                if (BackgroundSentence(text) is { } background)
                {
                    result.Add(new LabelledSentence(background, LabelledSentence.NoEvent, group));
                }

                stories?.Add(new LabelledStory(text, type.Name(), group));
            }
        }

        return result;
    }

    /// <summary>One example per gold item: its first event's type, or <see cref="LabelledSentence.NoEvent"/>.</summary>
    public static List<LabelledSentence> ReadGold(string name, IEnumerable<string> lines, List<DataError> errors, List<GoldItem>? gold = null)
    {
        var result = new List<LabelledSentence>();
        foreach (var item in GoldReader.Parse(name, lines, errors))
        {
            gold?.Add(item);
            string label = item.Events.Count == 0 ? LabelledSentence.NoEvent : item.Events[0].Type.Name();
            result.Add(new LabelledSentence(item.Text, label, "gold:" + item.Id));
        }

        return result;
    }

    /// <summary>
    /// A no-event example from a story's body: the first of its 4th–8th sentences that names a catalogued actor and
    /// in which the lexicon codes nothing. Without such negatives the head only learns no-event from the gold set's
    /// 50 items and adds events to background and commentary sentences (measured: 1 of 50 gold no-event items given
    /// an asserted event without them, none with them).
    /// </summary>
    internal static string? BackgroundSentence(string text)
    {
        string normalized = TextNormalizer.Normalize(text);
        int seen = 0;
        foreach (var span in SentenceSplitter.Split(normalized))
        {
            var sentence = span.Slice(normalized).Trim();
            if (sentence.IsEmpty)
            {
                continue;
            }

            if (++seen > BodyEnd)
            {
                break;
            }

            if (seen <= BodyStart)
            {
                continue;
            }

            var document = new Document { Text = sentence.ToString() };
            if (CoderPipeline.Default.FindMentions(document).Any(m => m.Mention.Actor?.Key is not null) && CoderPipeline.Default.Code(document).Events.Count == 0)
            {
                return document.Text;
            }
        }

        return null;
    }

    // Background sentences come from the 4th to the 8th: past the lead, before stories wander off their subject.
    private const int BodyStart = 3;
    private const int BodyEnd = 8;

    /// <summary>The first sentence of the first non-empty paragraph, or null for an empty story.</summary>
    internal static string? LeadSentence(string text)
    {
        var spans = SentenceSplitter.Split(text);
        foreach (var span in spans)
        {
            var sentence = span.Slice(text).Trim();
            if (!sentence.IsEmpty)
            {
                return sentence.ToString();
            }
        }

        return null;
    }

    private static List<LabelledSentence> Fail(string name, string message, List<DataError> errors)
    {
        errors.Add(new DataError(name, 0, message));
        return [];
    }
}
