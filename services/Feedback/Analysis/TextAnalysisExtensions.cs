namespace ServiceExcellence.Feedback.Analysis;

/// <summary>Registration and routes of text analysis (sentiment, topics, taxonomy per department, recurring issues).</summary>
public static class TextAnalysisExtensions
{
    public static IHostApplicationBuilder AddTextAnalysis(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapTextAnalysisApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
