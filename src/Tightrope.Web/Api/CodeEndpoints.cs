using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Tightrope.Pipeline;
using Tightrope.Web.Data;

namespace Tightrope.Web.Api;

/// <summary><c>POST /api/code</c>: codes posted text without storing it.</summary>
internal static class CodeEndpoints
{
    /// <summary>The largest request body accepted (1 MB).</summary>
    public const int MaxBodyBytes = 1 << 20;

    /// <summary>Maps the route.</summary>
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/code", Code).WithName("CodeText")
            .WithSummary("Code posted text ({\"text\": …, \"date\": \"YYYY-MM-DD\"}, at most 1 MB) into events without storing it")
            .Accepts<CodeRequest>("application/json");

    private static async Task<Results<Ok<CodeResponse>, ValidationProblem, ProblemHttpResult>> Code(HttpRequest request, CoderPipeline coder,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        // Read at most one byte past the limit: a body without Content-Length cannot exhaust memory either.
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxBodyBytes)
                {
                    return TooLarge();
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel stops a chunked body at its own 1 MB limit before the loop above can.
            return TooLarge();
        }

        var inputs = new Inputs();
        CodeRequest? body = null;
        try
        {
            body = buffer.Length == 0 ? null : JsonSerializer.Deserialize<CodeRequest>(buffer.ToArray(), json.Value.SerializerOptions);
        }
        catch (JsonException)
        {
            inputs.Fail("body", "must be a JSON object {\"text\": \"…\", \"date\": \"YYYY-MM-DD\"}");
            return inputs.Problem();
        }

        if (string.IsNullOrWhiteSpace(body?.Text))
        {
            inputs.Fail("text", "is required and must not be blank");
        }

        var date = inputs.Date("date", body?.Date);
        if (!inputs.Valid)
        {
            return inputs.Problem();
        }

        var result = coder.Code(new Document { Text = body!.Text!, Date = date });
        return TypedResults.Ok(new CodeResponse(result.DocId, result.Sentences.Count, result.Events.Select(EventMapping.FromRecord).ToList()));
    }

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
        detail: $"body: at most {MaxBodyBytes:N0} bytes");
}
