namespace ServiceExcellence.DemoData;

/// <summary>
/// Loads the demo organisation into the suite whose gateway the AppHost names (<c>services__gateway__http__0</c>),
/// or the URL given as the first argument, and prints where to look. Not top-level statements: test projects reference
/// this assembly beside the services, whose generated <c>Program</c> must stay the only one they see.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var address = args.FirstOrDefault() ?? Environment.GetEnvironmentVariable("services__gateway__http__0");
        if (!Uri.TryCreate(address, UriKind.Absolute, out var gateway))
        {
            Console.Error.WriteLine("usage: DemoData <gateway URL>, e.g. DemoData http://localhost:5080 (the AppHost passes services__gateway__http__0)");
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        var summary = await DemoOrganisation.LoadAsync(gateway, new DemoOptions(), Console.WriteLine, stop.Token);
        var root = gateway.ToString().TrimEnd('/');
        Console.WriteLine($"Demo organisation loaded in {summary.Duration.TotalSeconds:0.0} s ({summary.FeedbackSent} feedback entries sent this time)");
        Console.WriteLine($"  the API UI: {root}/docs");
        Console.WriteLine($"  improving: {root}/api/reports/metrics/nps/series?departmentCode={DemoCatalogue.Improving}&granularity=month&from={summary.From:yyyy-MM-dd}&to={summary.To:yyyy-MM-dd}");
        Console.WriteLine($"  in trouble: {root}/api/goals/alerts?departmentCode={DemoCatalogue.Troubled}&state=open&severity=critical");
        return 0;
    }
}
