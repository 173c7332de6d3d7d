namespace Tightrope.Ingest.Readers;

/// <summary>Why an input (a file, or one record of a batch) could not be used: a value, not an exception.</summary>
/// <param name="Source">The input's name (file path, "stdin", or "file:line").</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record InputProblem(string Source, string Message)
{
    /// <summary>The one line printed on standard error.</summary>
    public override string ToString() => $"tightrope: {Source}: {Message}";
}

/// <summary>Every input problem message, in one place so that wording stays consistent and testable.</summary>
public static class Problems
{
    /// <summary>The file does not exist.</summary>
    public static string NotFound => "file not found";

    /// <summary>The file exists but cannot be opened.</summary>
    public static string CannotOpen(string reason) => $"cannot be read ({reason})";

    /// <summary>Nothing but whitespace.</summary>
    public static string Empty => "no text to code (the input is empty or whitespace only)";

    /// <summary>NUL bytes or other signs of binary content.</summary>
    public static string Binary => "looks like binary data, not UTF-8 text";

    /// <summary>Bytes that are not UTF-8.</summary>
    public static string InvalidUtf8(long offset) => $"invalid UTF-8 at byte {offset}";

    /// <summary>Longer than allowed.</summary>
    public static string TooLarge(long size, int max) => $"{size:N0} characters exceeds the limit of {max:N0} (--max-chars)";

    /// <summary>A batch line that is not JSON.</summary>
    public static string NotJson(string detail) => $"not valid JSON ({detail})";

    /// <summary>A batch line that is JSON but not an object.</summary>
    public static string NotObject => "expected a JSON object with a \"text\" field";

    /// <summary>A batch record without text.</summary>
    public static string NoText => "no \"text\" field (or it is empty)";

    /// <summary>A field of the wrong type.</summary>
    public static string FieldNotString(string field) => $"\"{field}\" must be a string";

    /// <summary>A malformed date.</summary>
    public static string BadDate(string value) => $"date '{value}' is not YYYY-MM-DD";

    /// <summary>A batch line too long to hold.</summary>
    public static string LineTooLong(int maxBytes) => $"line longer than {maxBytes:N0} bytes";
}
