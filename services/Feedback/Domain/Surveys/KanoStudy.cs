namespace ServiceExcellence.Feedback.Domain.Surveys;

/// <summary>A KANO study (需求分析) of a department: the features every respondent is asked about.</summary>
public sealed class KanoStudy
{
    public const int MaxNameLength = 200;
    public const int MaxFeatureLength = 200;
    public const int MaxFeatures = 50;

    /// <summary>Feature names are matched without regard to case, so "Fast delivery" and "fast delivery" are one feature.</summary>
    public static readonly StringComparer FeatureComparer = StringComparer.OrdinalIgnoreCase;

    private KanoStudy() { }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string DepartmentCode { get; private set; } = "";

    /// <summary>The features in the order the study lists them (and reports them).</summary>
    public string[] Features { get; private set; } = [];

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public static KanoStudy Create(string name, string departmentCode, IEnumerable<string> features, string createdBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Name = name.Trim(),
        DepartmentCode = departmentCode,
        Features = features.Select(f => f.Trim()).ToArray(),
        CreatedBy = createdBy,
        CreatedAt = now,
    };

    /// <summary>
    /// Everything wrong with which features a sheet answers, in sheet order then study order: a feature the study
    /// does not list, one answered twice, one left out. Empty when every feature is answered exactly once.
    /// </summary>
    public IReadOnlyList<KanoAnswerProblem> CheckCoverage(IReadOnlyList<string> answeredFeatures)
    {
        var problems = new List<KanoAnswerProblem>();
        var known = Features.ToHashSet(FeatureComparer);
        var firstAnswerAt = new Dictionary<string, int>(FeatureComparer);
        for (var i = 0; i < answeredFeatures.Count; i++)
        {
            var feature = answeredFeatures[i].Trim();
            if (!known.Contains(feature))
            {
                problems.Add(new KanoAnswerProblem(i, feature, $"'{feature}' is not a feature of this study."));
            }
            else if (!firstAnswerAt.TryAdd(feature, i))
            {
                problems.Add(new KanoAnswerProblem(i, feature,
                    $"'{feature}' is answered more than once (first at answers[{firstAnswerAt[feature]}])."));
            }
        }

        problems.AddRange(Features.Where(f => !firstAnswerAt.ContainsKey(f))
            .Select(f => new KanoAnswerProblem(null, f, $"'{f}' is not answered; every feature must be answered once.")));
        return problems;
    }

    /// <summary>The study's own spelling of a feature the caller named (the caller's case may differ).</summary>
    public string FeatureNamed(string name) =>
        Features.FirstOrDefault(f => FeatureComparer.Equals(f, name.Trim()))
        ?? throw new ArgumentException($"'{name}' is not a feature of study {Id}.", nameof(name));
}
