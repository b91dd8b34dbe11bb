namespace ServiceExcellence.Gateway.Hardening;

/// <summary>
/// Refuses a path or query that decodes to control characters (NUL and friends) with 400 problem details. No route
/// takes them, and behind the gateway they reach parsers and databases that treat them as errors (PostgreSQL rejects
/// NUL in text), which would turn bad input into a 500.
/// </summary>
public sealed class ControlCharacterGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HasControlCharacters(request.Path.Value) ||
            (request.QueryString.HasValue && request.Query.Any(q => HasControlCharacters(q.Key) || q.Value.Any(HasControlCharacters))))
        {
            return Denials.WriteAsync(context, StatusCodes.Status400BadRequest, "Malformed request",
                "The path or query contains control characters.");
        }

        return next(context);
    }

    private static bool HasControlCharacters(string? value) =>
        value is not null && (value.AsSpan().ContainsAnyInRange('\u0000', '\u001F') || value.Contains('\u007F'));
}
