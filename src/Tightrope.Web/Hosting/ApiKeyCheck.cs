using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Tightrope.Web.Hosting;

/// <summary>
/// Checks the API key on every request when one is configured. The key may come as the <c>X-Api-Key</c> header, as
/// <c>Authorization: Bearer KEY</c>, or once as <c>?key=KEY</c> on a page address, which sets an HTTP-only cookie so
/// the dashboard's own asset and API requests carry it. Comparison is constant-time over SHA-256 digests, so neither
/// the content nor the length of the key leaks through timing.
/// </summary>
internal sealed class ApiKeyCheck(RequestDelegate next, ServeOptions options)
{
    /// <summary>The cookie that carries the key for the dashboard.</summary>
    public const string CookieName = "tightrope_key";

    private readonly byte[]? _expected = options.ApiKey is null ? null : SHA256.HashData(Encoding.UTF8.GetBytes(options.ApiKey));

    /// <summary>Runs the check.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (_expected is null)
        {
            await next(context);
            return;
        }

        string? fromQuery = context.Request.Query["key"].FirstOrDefault();
        string? given = context.Request.Headers["X-Api-Key"].FirstOrDefault()
            ?? Bearer(context.Request.Headers.Authorization.FirstOrDefault())
            ?? fromQuery
            ?? context.Request.Cookies[CookieName];
        if (given is null || !Matches(given))
        {
            var problem = Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
                detail: "this server requires an API key: send it as the X-Api-Key header (or open the dashboard once with ?key=KEY)");
            await problem.ExecuteAsync(context);
            return;
        }

        if (fromQuery is not null)
        {
            context.Response.Cookies.Append(CookieName, fromQuery, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps, Path = "/" });
        }

        await next(context);
    }

    private bool Matches(string given) => CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), _expected);

    private static string? Bearer(string? header) =>
        header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
}
