namespace ServiceExcellence.AppHost.Cli;

/// <summary>
/// <c>--demo</c> (or <c>--demo=true</c>): load the demo organisation once the suite is healthy. Taken out of the
/// arguments before configuration reads them, where a bare <c>--demo</c> would swallow the next argument as its value.
/// </summary>
internal static class DemoSwitch
{
    /// <exception cref="PrerequisiteException">The switch has a value other than true or false.</exception>
    public static (bool Demo, string[] Remaining) Split(string[] args)
    {
        var demo = false;
        var rest = new List<string>(args.Length);
        foreach (var arg in args)
        {
            if (arg.Equals("--demo", StringComparison.OrdinalIgnoreCase))
            {
                demo = true;
            }
            else if (arg.StartsWith("--demo=", StringComparison.OrdinalIgnoreCase))
            {
                demo = bool.TryParse(arg["--demo=".Length..], out var value)
                    ? value
                    : throw new PrerequisiteException($"{arg}: expected --demo, --demo=true or --demo=false");
            }
            else
            {
                rest.Add(arg);
            }
        }

        return (demo, [.. rest]);
    }
}
