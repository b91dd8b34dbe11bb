namespace ServiceExcellence.AppHost.Platform;

/// <summary>Writes a file so that no reader ever sees half of it, with its mode set before it appears.</summary>
internal static class FileWriter
{
    /// <summary>Writes through a temp file and a rename; when the file already exists, the existing one wins.</summary>
    public static void WriteAtomically(string path, string content, UnixFileMode mode)
    {
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temp, content);
        File.SetUnixFileMode(temp, mode);
        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another starter wrote it first; keeping theirs keeps every reader consistent.
            File.Delete(temp);
        }
    }
}
