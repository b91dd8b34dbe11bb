using ServiceExcellence.Reporting.Api.Metrics;
using ServiceExcellence.Reporting.Api.Scorecards;
using ServiceExcellence.Reporting.Api.Servqual;

namespace ServiceExcellence.Reporting.Api.Export;

/// <summary>Each report as one flat table: a row per value, with the report's context repeated so every row stands alone.</summary>
public static class ReportCsv
{
    public static CsvTable Of(MetricResponse r) =>
        new CsvTable("metric", "departmentCode", "from", "to", "value", "sampleSize", "unit")
            .Add(r.Metric, r.DepartmentCode, r.From, r.To, r.Value, r.SampleSize, r.Unit);

    public static CsvTable Of(SeriesResponse r)
    {
        var table = new CsvTable("metric", "departmentCode", "granularity", "label", "periodStart", "periodEnd", "value", "sampleSize");
        foreach (var p in r.Points)
        {
            table.Add(r.Metric, r.DepartmentCode, r.Granularity, p.Label, p.PeriodStart, p.PeriodEnd, p.Value, p.SampleSize);
        }

        return table;
    }

    public static CsvTable Of(DepartmentScorecard r)
    {
        var table = new CsvTable("departmentCode", "departmentName", "period", "from", "to", "metric", "actual", "sampleSize",
            "target", "deviation", "status", "direction");
        foreach (var m in r.Metrics)
        {
            table.Add(r.DepartmentCode, r.DepartmentName, r.Period, r.From, r.To, m.Metric, m.Actual, m.SampleSize, m.Target, m.Deviation, m.Status,
                m.Direction);
        }

        return table;
    }

    /// <summary>The organisation's values (rank and department empty) followed by every ranking row.</summary>
    public static CsvTable Of(OrganisationScorecard r)
    {
        var table = new CsvTable("period", "from", "to", "metric", "rank", "departmentCode", "departmentName", "value", "sampleSize");
        foreach (var m in r.Metrics)
        {
            table.Add(r.Period, r.From, r.To, m.Metric, null, null, null, m.Actual, m.SampleSize);
        }

        foreach (var ranking in r.Ranking)
        {
            foreach (var d in ranking.Departments)
            {
                table.Add(r.Period, r.From, r.To, ranking.Metric, d.Rank, d.DepartmentCode, d.DepartmentName, d.Value, d.SampleSize);
            }
        }

        return table;
    }

    public static CsvTable Of(ServqualReport r)
    {
        var table = new CsvTable("departmentCode", "from", "to", "measure", "value", "respondents");
        table.Add(r.DepartmentCode, r.From, r.To, "tangibles", r.Dimensions.Tangibles, r.Respondents);
        table.Add(r.DepartmentCode, r.From, r.To, "reliability", r.Dimensions.Reliability, r.Respondents);
        table.Add(r.DepartmentCode, r.From, r.To, "responsiveness", r.Dimensions.Responsiveness, r.Respondents);
        table.Add(r.DepartmentCode, r.From, r.To, "assurance", r.Dimensions.Assurance, r.Respondents);
        table.Add(r.DepartmentCode, r.From, r.To, "empathy", r.Dimensions.Empathy, r.Respondents);
        table.Add(r.DepartmentCode, r.From, r.To, "overall", r.Overall, r.Respondents);
        table.Add(r.DepartmentCode, r.From, r.To, "weighted", r.Weighted, r.WeightedRespondents);
        return table;
    }
}
