using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using ServiceExcellence.ServiceDefaults.Data;
using StackExchange.Redis;

namespace ServiceExcellence.ServiceDefaults.Errors;

/// <summary>The one place that maps exceptions to RFC 7807 problem details; bad input never becomes a 500.</summary>
public sealed class DomainExceptionHandler(IProblemDetailsService problemDetails, ILogger<DomainExceptionHandler> logger)
    : IExceptionHandler
{
    private const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning("{Method} {Path} answered 503, a dependency is unavailable: {Reason}",
                httpContext.Request.Method, httpContext.Request.Path, exception.Message);
        }
        else if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }
        else if (problem.Status == StatusCodes.Status403Forbidden)
        {
            logger.LogWarning("Denied {Method} {Path} for {Subject}: {Reason}", httpContext.Request.Method,
                httpContext.Request.Path, httpContext.User.Identity?.Name ?? "anonymous", problem.Detail);
        }
        else
        {
            logger.LogInformation("Rejected {Method} {Path} with {Status}: {Detail}", httpContext.Request.Method,
                httpContext.Request.Path, problem.Status, problem.Detail);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Map(Exception exception) => exception switch
    {
        _ when IsDependencyUnavailable(exception) => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Service temporarily unavailable",
            Detail = "A database or cache this service depends on cannot be reached right now. Retry shortly (a submission with the same Idempotency-Key).",
        },
        RequestValidationException e => new HttpValidationProblemDetails(e.Errors.ToDictionary(p => p.Key, p => p.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = e.Title,
            Detail = e.Message,
        },
        DomainException e => WithErrors(new ProblemDetails { Status = StatusOf(e), Title = e.Title, Detail = e.Message }, e.Errors),
        BadHttpRequestException { InnerException: JsonException { Path: { Length: > 1 } path } json } => new HttpValidationProblemDetails(
            new Dictionary<string, string[]> { [FieldOf(path)] = [DescribeJson(json)] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Malformed request",
            Detail = $"The body is not valid JSON for this request: {json.Message}",
        },
        BadHttpRequestException e => new ProblemDetails
        {
            Status = e.StatusCode,
            Title = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Malformed request",
            Detail = DescribeBadRequest(e),
        },
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg } => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Conflict",
            Detail = $"The request conflicts with an existing record ({pg.ConstraintName}).",
        },
        OperationCanceledException => new ProblemDetails
        {
            Status = 499,
            Title = "Request cancelled",
            Detail = "The client closed the request before it completed.",
        },
        _ => new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "Internal server error",
            Detail = "An unexpected error occurred; it has been logged with this trace id.",
        },
    };

    /// <summary>The database or Redis is down, restarting or refusing connections: a 503 the client may retry, not a 500 bug.</summary>
    private static bool IsDependencyUnavailable(Exception exception) =>
        DatabaseOutage.Caused(exception) || exception is RedisConnectionException or RedisTimeoutException;

    private static int StatusOf(DomainException exception) => exception switch
    {
        NotFoundException => StatusCodes.Status404NotFound,
        ConflictException => StatusCodes.Status409Conflict,
        RuleViolationException => StatusCodes.Status422UnprocessableEntity,
        AccessDeniedException => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };

    private static ProblemDetails WithErrors(ProblemDetails problem, IReadOnlyDictionary<string, string[]>? errors)
    {
        if (errors is { Count: > 0 })
        {
            problem.Extensions["errors"] = errors;
        }

        return problem;
    }

    /// <summary>Turns the reader's JSON path (<c>$.entries[3].csat</c>) into the field name clients send (<c>entries[3].csat</c>).</summary>
    private static string FieldOf(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string DescribeJson(JsonException json) => json.Message.Split(" Path:", 2)[0];

    // The JSON reader's message names the path ($.code) and the problem, which is exactly what a caller needs.
    private static string DescribeBadRequest(BadHttpRequestException exception) =>
        exception.InnerException is JsonException json
            ? $"The body is not valid JSON for this request: {json.Message}"
            : exception.Message;
}
