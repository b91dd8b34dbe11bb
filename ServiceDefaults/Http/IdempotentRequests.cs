using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ServiceExcellence.ServiceDefaults.Errors;
using StackExchange.Redis;

namespace ServiceExcellence.ServiceDefaults.Http;

/// <summary>
/// Runs a request at most once per <c>Idempotency-Key</c> within 24 h, and answers repeats (including concurrent
/// ones) with the first result. The key is claimed in Redis with SET NX; concurrent repeats wait for the first to
/// finish. A key reused for a different request body is refused (422) rather than silently answered with another's.
/// </summary>
public sealed class IdempotentRequests(IConnectionMultiplexer redis, TimeProvider time, ILogger<IdempotentRequests> logger)
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxKeyLength = 100;
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(15);
    private const string Pending = "pending:";
    private const string Done = "done:";

    /// <summary>Checks a client's key: printable ASCII, at most 100 characters.</summary>
    public static bool IsAcceptableKey(string key) =>
        key.Length is > 0 and <= MaxKeyLength && key.All(c => c is > ' ' and < (char)127);

    /// <summary>The refusal (422) of a client's key already used for a different request.</summary>
    public static RuleViolationException KeyReused(string key) => new("Idempotency-Key reused",
        $"The {HeaderName} '{key}' was already used for a different request; use a new key for a new request.");

    /// <summary>A short, stable digest of the request, to tell a genuine repeat from a reused key.</summary>
    public static string Fingerprint<T>(T request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, JsonDefaults.Options)))[..32];

    /// <summary>
    /// Runs <paramref name="action"/> unless <paramref name="key"/> was used within 24 h by the same caller
    /// (<paramref name="scope"/>), in which case the first result is returned again.
    /// </summary>
    public Task<T> RunOnceAsync<T>(
        string scope, string key, string fingerprint, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken) =>
        RunOnceAsync(scope, key, fingerprint, Retention, action, cancellationToken);

    /// <summary>
    /// As above, but a claim whose request has not finished within <paramref name="claimLease"/> lapses, so that a
    /// repeat may run the request again. Only for actions that refuse a duplicate themselves (e.g. a unique key in the
    /// database): a process that dies mid-request (killed, crashed) would otherwise leave the key "in progress" for
    /// 24 h, and the client could never learn whether its request was stored.
    /// </summary>
    public async Task<T> RunOnceAsync<T>(
        string scope, string key, string fingerprint, TimeSpan claimLease, Func<CancellationToken, Task<T>> action,
        CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var redisKey = $"idempotency:{scope}:{key}";
        var started = time.GetTimestamp();
        while (true)
        {
            if (await db.StringSetAsync(redisKey, Pending + fingerprint, claimLease, When.NotExists))
            {
                return await RunClaimedAsync(db, redisKey, fingerprint, action, cancellationToken);
            }

            string? value = await db.StringGetAsync(redisKey);
            if (value is null)
            {
                continue; // the first attempt failed and released the key, or its claim lapsed: claim it ourselves
            }

            var (state, storedFingerprint, body) = Parse(value);
            if (storedFingerprint != fingerprint)
            {
                throw KeyReused(key);
            }

            if (state == Done)
            {
                return JsonSerializer.Deserialize<T>(body!, JsonDefaults.Options)!;
            }

            if (time.GetElapsedTime(started) > WaitForFirst)
            {
                throw new ConflictException("Request in progress",
                    $"A request with {HeaderName} '{key}' is still being processed; retry shortly.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), time, cancellationToken);
        }
    }

    private async Task<T> RunClaimedAsync<T>(
        IDatabase db, string redisKey, string fingerprint, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        T result;
        try
        {
            result = await action(cancellationToken);
        }
        catch
        {
            // Nothing was stored, so a retry with the same key must be able to run: release the claim, then rethrow.
            await db.KeyDeleteAsync(redisKey);
            throw;
        }

        var stored = Done + fingerprint + ":" + JsonSerializer.Serialize(result, JsonDefaults.Options);
        if (!await db.StringSetAsync(redisKey, stored, Retention))
        {
            logger.LogWarning("Could not record the result for {Key}; a repeat will wait and then be refused", redisKey);
        }

        return result;
    }

    private static (string State, string Fingerprint, string? Body) Parse(string value)
    {
        var state = value.StartsWith(Done, StringComparison.Ordinal) ? Done : Pending;
        var rest = value[state.Length..];
        var colon = rest.IndexOf(':');
        return colon < 0 ? (state, rest, null) : (state, rest[..colon], rest[(colon + 1)..]);
    }
}

