using System.Security.Cryptography;

namespace ServiceExcellence.AppHost.Platform;

/// <summary>The development token signing key: RSA 2048, PKCS#8 PEM, mode 600, created once under &lt;data&gt;/auth.</summary>
internal static class SigningKeyFile
{
    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "auth", "dev-signing-key.pem");

    /// <summary>Creates the key when it does not exist yet and returns its path.</summary>
    public static string EnsureCreated(string dataDirectory)
    {
        var path = PathIn(dataDirectory);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            using var rsa = RSA.Create(2048);
            FileWriter.WriteAtomically(path, rsa.ExportPkcs8PrivateKeyPem(), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return path;
    }
}
