using System.Security.Cryptography;

namespace ServiceExcellence.Gateway.Tests.Support;

/// <summary>Deterministic payloads and their digests.</summary>
public static class TestData
{
    public const int FiveMegabytes = 5 * 1024 * 1024;

    public static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    public static async Task<string> Sha256Async(Stream stream, CancellationToken cancellationToken) =>
        Convert.ToHexString(await SHA256.HashDataAsync(stream, cancellationToken));
}
