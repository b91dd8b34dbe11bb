using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceExcellence.Reporting.Projection;

namespace ServiceExcellence.Reporting.Api.Admin;

/// <summary><c>POST /api/reports/admin/rebuild</c>: replays the event log into empty read models (admin only).</summary>
internal static class RebuildEndpoints
{
    public static async Task<Ok<RebuildResult>> Rebuild(ClaimsPrincipal user, ReadModelRebuilder rebuilder, CancellationToken cancellationToken)
    {
        ReportAccess.EnsureAdmin(user);
        // The replay must finish once started, so a client that gives up does not roll it back.
        return TypedResults.Ok(await rebuilder.RebuildAsync(CancellationToken.None));
    }
}
