namespace ServiceExcellence.Feedback.Domain.Surveys;

/// <summary>
/// The KANO category of a feature (DOMAIN §3). Declared in tie-break priority: when several categories are equally
/// frequent the first declared wins (M &gt; O &gt; A &gt; I as DOMAIN says, then R &gt; Q, our choice: a reverse answer is
/// still a consistent preference, a questionable one is a contradiction and the least informative).
/// </summary>
public enum KanoCategory
{
    /// <summary>M, 基本需求: expected; its absence dissatisfies, its presence goes unnoticed.</summary>
    MustBe,

    /// <summary>O, 期望需求: the more of it, the more satisfied.</summary>
    OneDimensional,

    /// <summary>A, 兴奋需求: delights when present, not missed when absent.</summary>
    Attractive,

    /// <summary>I: the respondent does not care either way.</summary>
    Indifferent,

    /// <summary>R: the respondent prefers the feature absent.</summary>
    Reverse,

    /// <summary>Q: contradictory answers (likes or dislikes both having and lacking it).</summary>
    Questionable,
}
