using System.Diagnostics;
using ServiceExcellence.Feedback.Analysis;
using ServiceExcellence.Feedback.Analysis.Sentiment;
using Xunit.Abstractions;

namespace ServiceExcellence.Feedback.Tests.Analysis;

/// <summary>Accuracy on the hand-written labelled set, and the speed that lets sentiment run on every intake.</summary>
public sealed class SentimentAccuracyTests(ITestOutputHelper output)
{
    private static readonly SentimentScorer Scorer = new(SentimentLexicon.Shipped);

    [Fact]
    public void At_least_85_percent_of_the_labelled_comments_get_their_label()
    {
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Analysis", "labelled-comments.tsv"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t', 2))
            .Select(f => (Expected: Enum.Parse<SentimentLabel>(f[0], ignoreCase: true), Text: f[1], Chinese: f[1].Any(c => c is >= '\u4E00' and <= '\u9FFF')))
            .ToList();
        var results = rows.Select(r => (r.Expected, r.Text, r.Chinese, Actual: SentimentLabels.FromScore(Scorer.Score(r.Text)))).ToList();

        double Accuracy(IEnumerable<(SentimentLabel Expected, string Text, bool Chinese, SentimentLabel Actual)> set) =>
            set.Count(r => r.Actual == r.Expected) / (double)set.Count();

        var overall = Accuracy(results);
        output.WriteLine($"accuracy: overall {overall:P1} of {results.Count}, " +
            $"zh {Accuracy(results.Where(r => r.Chinese)):P1} of {results.Count(r => r.Chinese)}, " +
            $"en {Accuracy(results.Where(r => !r.Chinese)):P1} of {results.Count(r => !r.Chinese)}");
        foreach (var miss in results.Where(r => r.Actual != r.Expected))
        {
            output.WriteLine($"  expected {miss.Expected}, got {miss.Actual}: {miss.Text}");
        }

        Assert.True(rows.Count >= 300, $"The set has {rows.Count} comments.");
        Assert.True(overall >= 0.85, $"Accuracy {overall:P1} is below 85 %.");
    }

    [Fact]
    public void Scoring_a_sixty_character_comment_takes_a_few_microseconds()
    {
        const string chinese = "客服态度很好，但是排队等了一个多小时，窗口只开了一个，希望能多开几个窗口，不太满意。";
        const string english = "Waited on hold for ages, the agent wasn't very helpful, never again";
        const int rounds = 20_000;
        for (var i = 0; i < 2_000; i++)
        {
            Scorer.Score(chinese);
            Scorer.Score(english);
        }

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            Scorer.Score(chinese);
            Scorer.Score(english);
        }

        watch.Stop();
        var perComment = watch.Elapsed.TotalMicroseconds / (2 * rounds);
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (2.0 * rounds);
        output.WriteLine($"sentiment: {perComment:F2} µs and {allocated:F0} bytes allocated per comment (~60 characters)");

        // A loose bound so a busy machine does not fail it; the budget is 50 µs and a comment typically takes a few.
        Assert.True(perComment < 50, $"{perComment:F1} µs per comment");
        Assert.True(allocated < 1, $"{allocated:F0} bytes per comment");
    }
}
