namespace ServiceExcellence.AppHost;

/// <summary>
/// Something the suite needs before it can start is missing or taken: a tool, a built project, a port, the data
/// directory. The message is one line that says what to do.
/// </summary>
public sealed class PrerequisiteException(string message) : Exception(message);
