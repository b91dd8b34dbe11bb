using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace ServiceExcellence.ServiceDefaults.Security;

/// <summary>The RSA key that signs (development) and verifies (everywhere) the suite's JWTs.</summary>
public static class SigningKey
{
    /// <summary>
    /// Loads the PEM key, creating it first when <paramref name="createIfMissing"/> (development only), so a service
    /// started on its own works too. Written to a temp file and moved, so concurrent starters never read half a key.
    /// </summary>
    public static RsaSecurityKey Load(string path, bool createIfMissing)
    {
        if (!File.Exists(path))
        {
            if (!createIfMissing)
            {
                throw new InvalidOperationException($"The token signing key '{path}' does not exist (Auth:SigningKeyPath).");
            }

            Create(path);
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        return new RsaSecurityKey(rsa) { KeyId = KeyIdOf(rsa) };
    }

    private static void Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var rsa = RSA.Create(2048);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, rsa.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; theirs wins and ours is discarded.
            File.Delete(temp);
        }
    }

    private static string KeyIdOf(RSA rsa) =>
        Convert.ToHexStringLower(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16];
}
