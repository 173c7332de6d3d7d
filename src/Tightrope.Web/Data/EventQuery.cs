using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Tightrope.Web.Data;

/// <summary>Validated filters of <c>GET /api/events</c> (every field optional).</summary>
public sealed record EventQuery
{
    /// <summary>Actor key.</summary>
    public string? Actor { get; init; }

    /// <summary>Recipient key.</summary>
    public string? Recipient { get; init; }

    /// <summary>Both members of a dyad, either direction.</summary>
    public (string A, string B)? Dyad { get; init; }

    /// <summary>Event type.</summary>
    public string? Type { get; init; }

    /// <summary>Modality.</summary>
    public string? Modality { get; init; }

    /// <summary>First event date.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Last event date.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Place name of the event's location.</summary>
    public string? Place { get; init; }

    /// <summary>Words the sentence must contain (case-insensitive).</summary>
    public string? Text { get; init; }

    /// <summary>Where the previous page ended.</summary>
    public PageCursor? After { get; init; }

    /// <summary>Page size.</summary>
    public int Limit { get; init; } = 100;
}

/// <summary>
/// The position after the last event of a page in the listing order (event date descending, then id): opaque to
/// clients (base64url of date and id).
/// </summary>
public sealed record PageCursor(DateOnly Date, string EventId)
{
    /// <summary>The cursor as a token.</summary>
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "|" + EventId));

    /// <summary>Reads a token made by <see cref="Encode"/>; null when it is not one.</summary>
    public static PageCursor? Decode(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length > 2048 || !Base64Url.IsValid(token))
        {
            return null;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            return null;
        }

        int bar = text.IndexOf('|', StringComparison.Ordinal);
        return bar == 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && text.Length > 11
            ? new PageCursor(date, text[11..])
            : null;
    }
}
