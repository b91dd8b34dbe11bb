using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace ServiceExcellence.Gateway.Domain.ApiKeys;

/// <summary>
/// A key as handed to a client, <c>sek_</c> and 32 random bytes in base64url, with its hash and display prefix.
/// SHA-256 without salt or stretching is right here: the key has 256 bits of entropy, so there is nothing to guess or
/// look up in a table, and a fast hash lets the gateway find the key by its hash on every request.
/// </summary>
public sealed record ApiKeySecret(string Key, string Hash, string Prefix)
{
    public const string Scheme = "sek_";

    private static readonly SearchValues<char> Base64UrlCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    private const int PrefixLength = 12;

    /// <summary>Longest text worth hashing as a key; anything longer is not one of ours.</summary>
    public const int MaxLength = 100;

    public static ApiKeySecret Generate()
    {
        var key = Scheme + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return new ApiKeySecret(key, HashOf(key), key[..PrefixLength]);
    }

    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Cheap shape check before any lookup: our prefix, sane length, base64url characters only.</summary>
    public static bool LooksLikeKey(string? value) =>
        value is { Length: > 4 and <= MaxLength } &&
        value.StartsWith(Scheme, StringComparison.Ordinal) &&
        value.AsSpan(Scheme.Length).ContainsAnyExcept(Base64UrlCharacters) is false;

}
