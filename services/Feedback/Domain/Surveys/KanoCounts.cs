namespace ServiceExcellence.Feedback.Domain.Surveys;

/// <summary>How many respondents put a feature in each KANO category.</summary>
public sealed record KanoCounts(int A, int O, int M, int I, int R, int Q)
{
    public static KanoCounts None { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>Every answer, questionable and reverse included: the feature's respondents.</summary>
    public int Total => A + O + M + I + R + Q;

    public int Of(KanoCategory category) => category switch
    {
        KanoCategory.Attractive => A,
        KanoCategory.OneDimensional => O,
        KanoCategory.MustBe => M,
        KanoCategory.Indifferent => I,
        KanoCategory.Reverse => R,
        KanoCategory.Questionable => Q,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a KANO category."),
    };

    /// <summary>These counts with <paramref name="count"/> more answers in <paramref name="category"/>.</summary>
    public KanoCounts Add(KanoCategory category, int count = 1) => category switch
    {
        KanoCategory.Attractive => this with { A = A + count },
        KanoCategory.OneDimensional => this with { O = O + count },
        KanoCategory.MustBe => this with { M = M + count },
        KanoCategory.Indifferent => this with { I = I + count },
        KanoCategory.Reverse => this with { R = R + count },
        KanoCategory.Questionable => this with { Q = Q + count },
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a KANO category."),
    };
}
