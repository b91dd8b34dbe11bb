using System.Data.Common;
using Microsoft.Net.Http.Headers;
using ServiceExcellence.Gateway.Domain.ApiKeys;
using ServiceExcellence.Gateway.Hardening;

namespace ServiceExcellence.Gateway.ApiKeys;

/// <summary>
/// Turns <c>X-Api-Key</c> into the caller identity services authorize: the key is checked (unknown or revoked → 401,
/// sent together with a bearer token → 400, from a browser origin the key does not allow → 403), then replaced by a
/// short-lived bearer token for the key, so no service ever sees the key.
/// </summary>
public sealed class ApiKeyGate(RequestDelegate next, ApiKeyDirectory directory, ApiKeyTokens tokens, ApiKeyUsage usage)
{
    public const string HeaderName = "X-Api-Key";

    public async Task InvokeAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        if (!headers.TryGetValue(HeaderName, out var presented))
        {
            await next(context);
            return;
        }

        if (headers.ContainsKey(HeaderNames.Authorization))
        {
            await Denials.WriteAsync(context, StatusCodes.Status400BadRequest, "Ambiguous credentials",
                "Send either an X-Api-Key or an Authorization header, not both.");
            return;
        }

        ActiveApiKey? key;
        try
        {
            key = presented.Count == 1 && ApiKeySecret.LooksLikeKey(presented[0])
                ? await directory.FindAsync(presented[0]!, context.RequestAborted)
                : null;
        }
        catch (Exception e) when (e is DbException || e.InnerException is DbException)
        {
            // Fail closed: a key that cannot be checked is not accepted, but the caller is told to come back, not that
            // its key is bad. (The rate limit fails open instead: there, Redis being down refuses no one.)
            context.Response.Headers.RetryAfter = "5";
            await Denials.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "API keys cannot be checked",
                "The key store is unavailable; retry shortly.");
            return;
        }

        if (key is null)
        {
            await Denials.WriteAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized",
                "The API key is unknown or has been revoked.");
            return;
        }

        ApiKeyCaller.Set(context, key);
        var origin = headers.Origin.ToString();
        if (origin.Length > 0)
        {
            if (!key.AllowedOrigins.Contains(origin))
            {
                await Denials.WriteAsync(context, StatusCodes.Status403Forbidden, "Origin not allowed",
                    $"This API key may not be used from the origin '{origin}'.");
                return;
            }

            ApiKeyCors.AllowActualRequest(context.Response, origin);
        }

        usage.Record(key.Id);
        headers.Remove(HeaderName);
        headers.Authorization = "Bearer " + tokens.For(key);
        await next(context);
    }
}
