using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ServiceExcellence.ServiceDefaults.Http;

/// <summary>The correlation id that ties one user action together across the gateway, services and events.</summary>
public static class CorrelationId
{
    public const string HeaderName = "X-Correlation-Id";

    private static readonly AsyncLocal<string?> Ambient = new();

    /// <summary>The id of the request or message being handled on this async flow, if any.</summary>
    public static string? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    /// <summary>Accepts a caller's id only when it is short and plain, so it is safe to echo and log.</summary>
    public static bool IsAcceptable(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 64 &&
        value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');

    public static string New() => Guid.CreateVersion7().ToString("N");
}

/// <summary>Takes the caller's <c>X-Correlation-Id</c> (or makes one), echoes it and puts it in every log line's scope.</summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var supplied = context.Request.Headers[CorrelationId.HeaderName].ToString();
        var id = CorrelationId.IsAcceptable(supplied) ? supplied : CorrelationId.New();
        context.Request.Headers[CorrelationId.HeaderName] = id;
        context.Response.Headers[CorrelationId.HeaderName] = id;
        CorrelationId.Current = id;

        using (logger.BeginScope("CorrelationId:{CorrelationId}", id))
        {
            await next(context);
        }
    }
}
