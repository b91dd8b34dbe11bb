using ServiceExcellence.AppHost.Logging;
using ServiceExcellence.DemoData;

namespace ServiceExcellence.AppHost.Cli;

/// <summary>Runs the demo loader against the suite's own gateway and prints where to look; a failure leaves the suite running.</summary>
internal static class DemoLoad
{
    public static async Task RunAsync(Uri gateway, StatusTable table, HostLog log, CancellationToken cancellationToken)
    {
        try
        {
            var summary = await DemoOrganisation.LoadAsync(gateway, new DemoOptions(), table.WriteLine, cancellationToken).ConfigureAwait(false);
            var root = gateway.ToString().TrimEnd('/');
            var line = new string('-', 60);
            table.WriteLine(line);
            table.WriteLine($"  Demo organisation loaded in {summary.Duration.TotalSeconds:0.0} s ({summary.FeedbackSent} feedback entries sent this time)");
            table.WriteLine($"  open {root}/docs for the API UI; a token: curl -s {root}/api/auth/dev-token -d '{{\"sub\":\"me\",\"roles\":[\"admin\"]}}' -H 'content-type: application/json'");
            table.WriteLine($"  improving: {root}/api/reports/metrics/nps/series?departmentCode={DemoCatalogue.Improving}&granularity=month&from={summary.From:yyyy-MM-dd}&to={summary.To:yyyy-MM-dd}");
            table.WriteLine($"  in trouble: {root}/api/goals/alerts?departmentCode={DemoCatalogue.Troubled}&state=open&severity=critical");
            table.WriteLine("  README: \"Walkthrough with the demo organisation\"");
            table.WriteLine(line);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            log.Error("the demo organisation could not be loaded (the suite keeps running)", ex);
        }
    }
}
