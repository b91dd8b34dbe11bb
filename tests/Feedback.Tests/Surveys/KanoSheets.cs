using ServiceExcellence.Feedback.Domain.Surveys;
using static ServiceExcellence.Feedback.Domain.Surveys.KanoAnswer;

namespace ServiceExcellence.Feedback.Tests.Surveys;

/// <summary>Answer pairs that produce a given category, for building worked studies in tests.</summary>
internal static class KanoSheets
{
    /// <summary>One (functional, dysfunctional) pair per category letter, read off DOMAIN's evaluation table.</summary>
    public static (KanoAnswer Functional, KanoAnswer Dysfunctional) PairFor(char letter) => letter switch
    {
        'A' => (Like, Neutral),
        'O' => (Like, Dislike),
        'M' => (Neutral, Dislike),
        'I' => (Neutral, Neutral),
        'R' => (Dislike, Like),
        'Q' => (Like, Like),
        _ => throw new ArgumentOutOfRangeException(nameof(letter), letter, "Not a KANO category letter."),
    };

    /// <summary>The kebab-case word the API uses for an answer.</summary>
    public static string Word(KanoAnswer answer) => answer switch
    {
        Like => "like",
        MustBe => "must-be",
        Neutral => "neutral",
        LiveWith => "live-with",
        Dislike => "dislike",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "Not a KANO answer."),
    };
}
