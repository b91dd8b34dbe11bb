namespace ServiceExcellence.Gateway.Hardening;

/// <summary>Answers a request the gateway refuses with problem details, noting why for <see cref="DeniedRequestLog"/>.</summary>
public static class Denials
{
    internal const string ReasonItem = "gateway.denial-reason";

    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Items[ReasonItem] = detail;
        // Goes through IProblemDetailsService (which adds traceId and the correlation id). ASP.NET Core knows no type
        // URI for 429, so it is named here.
        var type = status == StatusCodes.Status429TooManyRequests ? "https://tools.ietf.org/html/rfc6585#section-4" : null;
        return TypedResults.Problem(detail: detail, statusCode: status, title: title, type: type).ExecuteAsync(context);
    }
}
