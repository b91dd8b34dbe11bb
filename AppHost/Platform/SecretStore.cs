using System.Security.Cryptography;

namespace ServiceExcellence.AppHost.Platform;

/// <summary>Generated credentials, created once under &lt;data&gt;/secrets (mode 600) and reused on every start.</summary>
internal sealed class SecretStore(string dataDirectory)
{
    // Letters and digits only: the values go unescaped into URIs and connection strings.
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private readonly string _directory = Path.Combine(dataDirectory, "secrets");

    /// <summary>The stored value of <paramref name="name"/>, generating it on first use.</summary>
    public string GetOrCreate(string name, int length = 24)
    {
        var path = Path.Combine(_directory, name);
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        Directory.CreateDirectory(_directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var value = RandomNumberGenerator.GetString(Alphabet, length);
        FileWriter.WriteAtomically(path, value, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return File.ReadAllText(path).Trim();
    }
}
