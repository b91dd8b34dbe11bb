using Npgsql;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Reporting.Data;
using static ServiceExcellence.Reporting.Projection.SqlParameters;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Reporting.Projection;

/// <summary>Keeps one row per SERVQUAL respondent.</summary>
internal sealed class ServqualProjection(OrganisationCalendar calendar)
{
    private const string Sql =
        $"""
        INSERT INTO {ReportingTables.ServqualResponses}
            (response_id, department_code, responded_on, tangibles, reliability, responsiveness, assurance, empathy, overall, weighted)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        ON CONFLICT (response_id) DO NOTHING
        """;

    public NpgsqlBatchCommand Recorded(ServqualResponseRecorded e) =>
        Command(Sql, Uuid(e.ResponseId), Text(e.DepartmentCode), Date(calendar.DayOf(e.OccurredAt)),
            Double(e.DimensionGaps.Tangibles), Double(e.DimensionGaps.Reliability), Double(e.DimensionGaps.Responsiveness),
            Double(e.DimensionGaps.Assurance), Double(e.DimensionGaps.Empathy), Double(e.OverallGap), Double(e.WeightedScore));
}
