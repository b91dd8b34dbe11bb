namespace ServiceExcellence.Feedback.Analysis;

/// <summary>Timings and bounds of text analysis, from the <c>TextAnalysis</c> configuration section.</summary>
public sealed class TextAnalysisOptions
{
    public const string Section = "TextAnalysis";

    /// <summary>How often each instance reloads the departments' taxonomies (picks up changes made elsewhere).</summary>
    public TimeSpan TaxonomyRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often recurring issues are looked for.</summary>
    public TimeSpan RecurringIssueScanInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Most negative comments of one department read for frequent phrases (the latest of the 35 days).</summary>
    public int PhraseSampleLimit { get; set; } = 5000;
}
