namespace ServiceExcellence.Feedback.Domain.Surveys;

/// <summary>The standard KANO evaluation table of DOMAIN §3: (functional, dysfunctional) answer pair → category.</summary>
public static class KanoEvaluation
{
    private const KanoCategory A = KanoCategory.Attractive;
    private const KanoCategory O = KanoCategory.OneDimensional;
    private const KanoCategory M = KanoCategory.MustBe;
    private const KanoCategory I = KanoCategory.Indifferent;
    private const KanoCategory R = KanoCategory.Reverse;
    private const KanoCategory Q = KanoCategory.Questionable;

    // Rows: functional answer; columns: dysfunctional answer; both in KanoAnswer order
    // (like, must-be, neutral, live-with, dislike), exactly as the table in DOMAIN §3.
    private static readonly KanoCategory[,] Table =
    {
        /* like      */ { Q, A, A, A, O },
        /* must-be   */ { R, I, I, I, M },
        /* neutral   */ { R, I, I, I, M },
        /* live-with */ { R, I, I, I, M },
        /* dislike   */ { R, R, R, R, Q },
    };

    public static KanoCategory Classify(KanoAnswer functional, KanoAnswer dysfunctional)
    {
        if (!Enum.IsDefined(functional))
        {
            throw new ArgumentOutOfRangeException(nameof(functional), functional, "Not a KANO answer.");
        }

        if (!Enum.IsDefined(dysfunctional))
        {
            throw new ArgumentOutOfRangeException(nameof(dysfunctional), dysfunctional, "Not a KANO answer.");
        }

        return Table[(int)functional, (int)dysfunctional];
    }

    /// <summary>The one-letter code of the KANO literature (A, O, M, I, R, Q).</summary>
    public static char Letter(KanoCategory category) => category switch
    {
        KanoCategory.Attractive => 'A',
        KanoCategory.OneDimensional => 'O',
        KanoCategory.MustBe => 'M',
        KanoCategory.Indifferent => 'I',
        KanoCategory.Reverse => 'R',
        KanoCategory.Questionable => 'Q',
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a KANO category."),
    };
}
