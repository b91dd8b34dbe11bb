namespace ServiceExcellence.Goals.Testing;

/// <summary><c>Goals:TestClock</c>: off everywhere except in end-to-end tests, which set <c>Enabled</c> through the environment.</summary>
public static class TestClockOptions
{
    public const string EnabledKey = "Goals:TestClock:Enabled";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue<bool>(EnabledKey);
}
