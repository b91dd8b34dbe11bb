using System.Security.Cryptography;

namespace ServiceExcellence.AppHost.Infrastructure;

/// <summary>
/// Generated credentials, created once under &lt;data&gt;/secrets (mode 600) and reused on every start, so data made
/// with one password can be opened on the next run. No secret is in the repository.
/// </summary>
public sealed class LocalSecrets(string dataDirectory)
{
    // Letters and digits only: the values go unescaped into URIs and connection strings.
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private readonly string _directory = Path.Combine(dataDirectory, "secrets");

    /// <summary>The stored value of <paramref name="name"/>, generated on first use.</summary>
    public string GetOrCreate(string name, int length = 24)
    {
        var path = Path.Combine(_directory, name);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(_directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            WriteAtomically(path, RandomNumberGenerator.GetString(Alphabet, length));
        }

        return File.ReadAllText(path).Trim();
    }

    /// <summary>The development token signing key (RSA 2048, PKCS#8 PEM, mode 600) under &lt;data&gt;/auth, created once.</summary>
    public string SigningKeyPath()
    {
        var path = Path.Combine(dataDirectory, "auth", "dev-signing-key.pem");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            using var rsa = RSA.Create(2048);
            WriteAtomically(path, rsa.ExportPkcs8PrivateKeyPem());
        }

        return path;
    }

    // Through a temp file and a rename, with its mode set before it appears; when two starters race, the first wins.
    private static void WriteAtomically(string path, string content)
    {
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temp, content);
        File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
        }
    }
}
