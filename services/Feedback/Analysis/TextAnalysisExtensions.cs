using ServiceExcellence.Feedback.Analysis.Api;
using ServiceExcellence.Feedback.Analysis.RecurringIssues;
using ServiceExcellence.Feedback.Analysis.Sentiment;
using ServiceExcellence.Feedback.Analysis.Topics;

namespace ServiceExcellence.Feedback.Analysis;

/// <summary>Registration and routes of text analysis (sentiment, topics, taxonomy per department, recurring issues).</summary>
public static class TextAnalysisExtensions
{
    public static IHostApplicationBuilder AddTextAnalysis(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<TextAnalysisOptions>(builder.Configuration.GetSection(TextAnalysisOptions.Section));
        builder.Services.AddSingleton(SentimentLexicon.Shipped);
        builder.Services.AddSingleton<SentimentScorer>();
        builder.Services.AddSingleton<TopicTaxonomyCatalog>();
        builder.Services.AddSingleton<ICommentAnalyzer, LexiconCommentAnalyzer>();
        builder.Services.AddHostedService<TopicTaxonomyRefresher>();
        builder.Services.AddSingleton<RecurringIssueScanner>();
        builder.Services.AddHostedService<RecurringIssueJob>();
        return builder;
    }

    public static IEndpointRouteBuilder MapTextAnalysisApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTopicTaxonomyApi();
        endpoints.MapRecurringIssuesApi();
        return endpoints;
    }
}
