using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using Tightrope.Pipeline;

namespace Tightrope.Ingest.Readers;

/// <summary>One line of a batch: a document to code, or the reason it was rejected.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Document">The document, when the line is good.</param>
/// <param name="Problem">Why it was rejected, otherwise.</param>
public sealed record BatchItem(long Line, Document? Document, InputProblem? Problem);

/// <summary>
/// Streams DESIGN.md input records (<c>{"id","date","text","title","url","source"}</c>, one JSON object per line)
/// from a byte stream with bounded memory: a line is held only while it is parsed, and a line over the limit is
/// skipped without being held.
/// </summary>
public static class JsonlDocumentReader
{
    /// <summary>The records of <paramref name="stream"/>, one item per non-blank line, in order.</summary>
    public static IEnumerable<BatchItem> Read(Stream stream, string name, int maxChars)
    {
        int maxLine = checked(maxChars * 4 + 64 * 1024);
        byte[] chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var line = new ArrayBufferWriter<byte>(4096);
        long lineNo = 1;
        bool overflow = false;
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                int start = 0;
                while (start < read)
                {
                    int nl = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                    int end = nl < 0 ? read : nl;
                    if (!overflow)
                    {
                        if (line.WrittenCount + (end - start) > maxLine)
                        {
                            overflow = true;
                            line.ResetWrittenCount();
                        }
                        else
                        {
                            line.Write(chunk.AsSpan(start, end - start));
                        }
                    }

                    if (nl < 0)
                    {
                        break;
                    }

                    var item = Finish(line, overflow, name, lineNo, maxChars, maxLine);
                    if (item is not null)
                    {
                        yield return item;
                    }

                    line.ResetWrittenCount();
                    overflow = false;
                    lineNo++;
                    start = nl + 1;
                }
            }

            var last = Finish(line, overflow, name, lineNo, maxChars, maxLine);
            if (last is not null)
            {
                yield return last;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static BatchItem? Finish(ArrayBufferWriter<byte> line, bool overflow, string name, long lineNo, int maxChars, int maxLine)
    {
        string where = $"{name}:{lineNo}";
        if (overflow)
        {
            return new BatchItem(lineNo, null, new InputProblem(where, Problems.LineTooLong(maxLine)));
        }

        var bytes = line.WrittenSpan;
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        if (bytes.Trim((byte)' ').IsEmpty)
        {
            return null; // blank lines are allowed
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return new BatchItem(lineNo, null, new InputProblem(where, Problems.Binary));
        }

        if (Utf8.ToUtf16(bytes, new char[bytes.Length], out int validBytes, out _, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            return new BatchItem(lineNo, null, new InputProblem(where, Problems.InvalidUtf8(validBytes)));
        }

        return Parse(bytes, where, lineNo, maxChars);
    }

    internal static BatchItem Parse(ReadOnlySpan<byte> bytes, string where, long lineNo, int maxChars)
    {
        JsonDocument json;
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
            json = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                json.Dispose();
                return new BatchItem(lineNo, null, new InputProblem(where, Problems.NotJson("more than one value on the line")));
            }
        }
        catch (JsonException e)
        {
            return new BatchItem(lineNo, null, new InputProblem(where, Problems.NotJson(FirstSentence(e.Message))));
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new BatchItem(lineNo, null, new InputProblem(where, Problems.NotObject));
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(textElement.GetString()))
            {
                return new BatchItem(lineNo, null, new InputProblem(where, Problems.NoText));
            }

            string text = textElement.GetString()!;
            if (text.Length > maxChars)
            {
                return new BatchItem(lineNo, null, new InputProblem(where, Problems.TooLarge(text.Length, maxChars)));
            }

            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                id = idElement.ValueKind switch
                {
                    JsonValueKind.String => idElement.GetString(),
                    JsonValueKind.Number => idElement.GetRawText(),
                    _ => null,
                };
            }

            DateOnly? date = null;
            if (root.TryGetProperty("date", out var dateElement) && dateElement.ValueKind != JsonValueKind.Null)
            {
                string raw = dateElement.ValueKind == JsonValueKind.String ? dateElement.GetString() ?? string.Empty : dateElement.GetRawText();
                if (!TryParseDate(raw, out var parsed))
                {
                    return new BatchItem(lineNo, null, new InputProblem(where, Problems.BadDate(raw)));
                }

                date = parsed;
            }

            foreach (var field in new[] { "title", "url", "source" })
            {
                if (root.TryGetProperty(field, out var e) && e.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    return new BatchItem(lineNo, null, new InputProblem(where, Problems.FieldNotString(field)));
                }
            }

            return new BatchItem(lineNo, new Document
            {
                Id = string.IsNullOrWhiteSpace(id) ? null : id,
                Date = date,
                Text = text,
                Title = OptionalString(root, "title"),
                Url = OptionalString(root, "url"),
                Source = OptionalString(root, "source"),
            }, null);
        }
    }

    /// <summary>Parses <c>YYYY-MM-DD</c> (a longer ISO timestamp keeps its date part).</summary>
    public static bool TryParseDate(string raw, out DateOnly date)
    {
        var head = raw.Length >= 10 ? raw.AsSpan(0, 10) : raw.AsSpan();
        bool rest = raw.Length == 10 || (raw.Length > 10 && raw[10] is 'T' or ' ');
        return DateOnly.TryParseExact(head, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && rest;
    }

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }
}
