using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Tightrope.Storage;

namespace Tightrope.Web.Api;

/// <summary>The API's expected failures, as ProblemDetails. Clients get a plain message, never paths, SQL or traces.</summary>
internal static class Problems
{
    /// <summary>The store cannot be opened (logged in full on the server).</summary>
    public static ProblemHttpResult StoreUnavailable(StoreProblem problem, ILogger logger)
    {
        logger.LogError("store unavailable: {Problem}", problem);
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Store unavailable",
            detail: "the event store cannot be opened; see the server log");
    }

    /// <summary>No such thing.</summary>
    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"no {what} with id '{Clip(id)}'");

    private static string Clip(string id) => id.Length <= 80 ? id : id[..80] + "…";
}
