namespace ServiceExcellence.Goals.Domain.Tracking;

/// <summary>The Western Electric rules DOMAIN §2 lists, in the order they are checked (most severe first).</summary>
public enum WesternElectricRule
{
    /// <summary>Rule 1: one point beyond 3σ (a critical alert).</summary>
    Beyond3Sigma,

    /// <summary>Rule 2: two of three consecutive points beyond 2σ on one side.</summary>
    TwoOfThreeBeyond2Sigma,

    /// <summary>Rule 3: four of five consecutive points beyond 1σ on one side.</summary>
    FourOfFiveBeyond1Sigma,

    /// <summary>Rule 4: eight consecutive points on one side of the centre line.</summary>
    EightOnOneSide,
}
